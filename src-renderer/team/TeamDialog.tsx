import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamSettingView } from '../../src-main/sync/app-sync.ts';
import { SYNC_INTERVALS, type SyncInterval } from '../../src-main/settings/sync-interval.ts';
import { api, call, messageOf } from '../state/api.ts';
import { useDialogFocus } from '../panels/useDialogFocus.ts';
import { i18n } from '../i18n/i18n.ts';
import { intervalWords, passwordKeptWords } from './sync-wording.ts';
import { FormDialog } from '../panels/FormDialog.tsx';

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
  const { t } = useTranslation('sync');
  const [kept, setKept] = useState<TeamSettingView | null>(null);
  const [server, setServer] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [remember, setRemember] = useState(false);
  const [every, setEvery] = useState<SyncInterval>(60);
  const [problem, setProblem] = useState<string | null>(null);
  const field = useDialogFocus<HTMLInputElement>();
  // The fields typed in before the kept settings arrive: the settings must not overwrite them.
  const typed = useRef(new Set<'server' | 'user' | 'remember' | 'every'>());

  useEffect(() => {
    let current = true;
    call(api().sync.setting({})).then(
      (s) => {
        if (!current) return;
        setKept(s);
        const mine = typed.current;
        if (!mine.has('server')) setServer(s.server ?? '');
        if (!mine.has('user')) setUser(s.user);
        if (!mine.has('remember')) setRemember(s.password === 'remembered');
        if (s.server !== null && !mine.has('every')) setEvery(s.every);
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
      ? t('passwordKeptRemembered')
      : kept?.password === 'session'
        ? t('passwordKeptSession')
        : '';

  return (
    <FormDialog titleId="team-dialog-title" className="team-dialog" onSubmit={() => void submit()}>
      <h2 id="team-dialog-title">{t('dialogTitle')}</h2>
      <p>{t('dialogIntro')}</p>
      <label>
        {t('serverLabel')}
        <input
          ref={field}
          value={server}
          spellCheck={false}
          aria-describedby="team-server-hint"
          onChange={(e) => {
            typed.current.add('server');
            setServer(e.target.value);
            setProblem(null);
          }}
        />
      </label>
      <p id="team-server-hint" className="muted">
        {t('serverHint')}
      </p>
      <label>
        {t('userLabel')}
        <input
          value={user}
          spellCheck={false}
          autoComplete="username"
          onChange={(e) => {
            typed.current.add('user');
            setUser(e.target.value);
          }}
        />
      </label>
      <label>
        {t('passwordLabel')}
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
        {kept ? `${passwordKeptWords(kept.password)} ${keptHint}` : ''}
      </p>
      {kept?.canRemember ? (
        <label className="team-remember">
          <input
            type="checkbox"
            checked={remember}
            onChange={(e) => {
              typed.current.add('remember');
              setRemember(e.target.checked);
            }}
          />
          {t('rememberLabel')}
        </label>
      ) : (
        <p className="muted" role="note">
          {t('sessionOnly')}
        </p>
      )}
      <label>
        {t('everyLabel')}
        <select
          value={every}
          onChange={(e) => {
            typed.current.add('every');
            setEvery(Number(e.target.value) as SyncInterval);
          }}
        >
          {SYNC_INTERVALS.map((n) => (
            <option key={n} value={n}>
              {intervalWords(n)}
            </option>
          ))}
        </select>
      </label>
      <p className="field-problem" role="alert">
        {problem ?? ''}
      </p>
      <div className="dialog-buttons">
        <button type="submit">{t('saveAndSync')}</button>
        <button type="button" onClick={onClose}>
          {i18n.t('common:cancel')}
        </button>
      </div>
    </FormDialog>
  );
}
