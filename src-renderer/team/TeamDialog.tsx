import { useEffect, useState } from 'react';
import type { TeamSettingView } from '../../src-main/sync/app-sync.ts';
import { SYNC_INTERVALS, type SyncInterval } from '../../src-main/settings/sync-interval.ts';
import { api, call, messageOf } from '../state/api.ts';
import { useDialogFocus } from '../panels/useDialogFocus.ts';
import { INTERVAL_WORDS, PASSWORD_KEPT_WORDS, TEAM_WORDS as W } from './sync-wording.ts';

interface Props {
  onClose: () => void;
  /** Saved: the status is read again and a sync runs. */
  onSaved: () => void;
}

/**
 * The team server's settings: its URL (TLS by the URL's sslmode), the
 * login, the password, how often to sync. The password field starts
 * empty: a kept password is never sent back to the window, only whether
 * there is one. "Remember" is offered only where the keychain encrypts.
 */
export function TeamDialog({ onClose, onSaved }: Props) {
  const [kept, setKept] = useState<TeamSettingView | null>(null);
  const [server, setServer] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [remember, setRemember] = useState(false);
  const [every, setEvery] = useState<SyncInterval>(60);
  const [problem, setProblem] = useState<string | null>(null);
  const field = useDialogFocus<HTMLInputElement>();

  useEffect(() => {
    let current = true;
    call(api().sync.setting({})).then(
      (s) => {
        if (!current) return;
        setKept(s);
        setServer(s.server ?? '');
        setUser(s.user);
        setRemember(s.password === 'remembered');
        if (s.server !== null) setEvery(s.every);
      },
      (e: unknown) => setProblem(messageOf(e)),
    );
    return () => {
      current = false;
    };
  }, []);

  const submit = async () => {
    try {
      await call(api().sync.configure({ server, user, password, remember, every }));
      onClose();
      onSaved();
    } catch (e) {
      setProblem(messageOf(e));
    }
  };
  const keptHint =
    kept?.password === 'remembered'
      ? W.passwordKeptRemembered
      : kept?.password === 'session'
        ? W.passwordKeptSession
        : '';

  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="team-dialog-title">
      <form
        className="dialog team-dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2 id="team-dialog-title">{W.dialogTitle}</h2>
        <p>{W.dialogIntro}</p>
        <label>
          {W.serverLabel}
          <input
            ref={field}
            value={server}
            spellCheck={false}
            aria-describedby="team-server-hint"
            onChange={(e) => {
              setServer(e.target.value);
              setProblem(null);
            }}
          />
        </label>
        <p id="team-server-hint" className="muted">
          {W.serverHint}
        </p>
        <label>
          {W.userLabel}
          <input
            value={user}
            spellCheck={false}
            autoComplete="username"
            onChange={(e) => setUser(e.target.value)}
          />
        </label>
        <label>
          {W.passwordLabel}
          <input
            type="password"
            value={password}
            autoComplete="current-password"
            aria-describedby="team-password-hint"
            onChange={(e) => {
              setPassword(e.target.value);
              setProblem(null);
            }}
          />
        </label>
        <p id="team-password-hint" className="muted">
          {kept ? `${PASSWORD_KEPT_WORDS[kept.password]} ${keptHint}` : ''}
        </p>
        {kept?.canRemember ? (
          <label className="team-remember">
            <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
            {W.rememberLabel}
          </label>
        ) : (
          <p className="muted" role="note">
            {W.sessionOnly}
          </p>
        )}
        <label>
          {W.everyLabel}
          <select value={every} onChange={(e) => setEvery(Number(e.target.value) as SyncInterval)}>
            {SYNC_INTERVALS.map((n) => (
              <option key={n} value={n}>
                {INTERVAL_WORDS[n]}
              </option>
            ))}
          </select>
        </label>
        <p className="field-problem" role="alert">
          {problem ?? ''}
        </p>
        <div className="dialog-buttons">
          <button type="submit">{W.saveAndSync}</button>
          <button type="button" onClick={onClose}>
            {W.cancel}
          </button>
        </div>
      </form>
    </div>
  );
}
