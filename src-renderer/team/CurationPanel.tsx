import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CurationItem, CurationSpan } from '../../src-main/db/curation-items.ts';
import type { CurationView } from '../../src-main/ipc/contract-team.ts';
import type { Label, Role } from '../../src-main/db/model.ts';
import { coveredText } from '../editor/fragments.ts';
import { keyChar, keyIndex, matches } from '../keys/match.ts';
import { StatusButtons } from '../panels/StatusControls.tsx';
import { listText } from '../i18n/words.ts';
import { initials, layerColor } from './layer-names.ts';

interface Props {
  view: CurationView;
  text: string;
  labels: ReadonlyMap<number, Label>;
  roles: readonly Role[];
  selectedKey: string | null;
  onSelect: (key: string) => void;
  onAccept: (key: string) => void;
  onReject: (key: string) => void;
  onAcceptAgreed: () => void;
  onStatus: (status: CurationView['status']) => void;
  /** Says why a key did nothing. */
  hint: (message: string) => void;
  /** Whether `key` is a label's or role's hotkey, which edits the selected gold span. */
  isHotkey: (key: string) => boolean;
}

/** Who has an item, as the list says it: "both", "all 3", or the names. */
function whoHas(t: TFunction<'team'>, item: CurationItem, all: readonly string[]): string {
  if (item.layers.length === 0) return t('curation.goldOnly');
  if (item.layers.length === all.length && all.length >= 2)
    return all.length === 2 ? t('curation.both') : t('curation.all', { count: all.length });
  return item.layers.join(', ');
}

/**
 * The curation list of the open document: every span and relation of the
 * annotators' layers with who has it. Keys on the list: ↑/↓ (J/K) move,
 * A accepts into gold, R rejects, Shift+A accepts everything all agree on.
 */
export function CurationPanel(props: Props) {
  const { t } = useTranslation('team');
  const { view, text, labels, roles, selectedKey, onSelect } = props;
  const list = useRef<HTMLUListElement>(null);
  const shown = useMemo(() => view.items.filter((i) => i.state !== 'rejected'), [view.items]);
  const spans = useMemo(
    () => new Map(view.items.filter((i): i is CurationSpan => i.kind === 'span').map((i) => [i.key, i])),
    [view.items],
  );
  const rejected = view.items.length - shown.length;
  const index = shown.findIndex((i) => i.key === selectedKey);
  const selected = shown[index];
  const agreedOpen = shown.filter((i) => i.agreed && i.state === 'open').length;
  const counts = {
    inGold: t('curation.inGold', { count: shown.filter((i) => i.state === 'accepted').length }),
    open: t('curation.open', { count: shown.filter((i) => i.state === 'open').length }),
    rejected: t('curation.rejected', { count: rejected }),
  };

  useLayoutEffect(() => list.current?.focus(), []);
  useEffect(() => {
    if (selectedKey === null && shown[0]) onSelect(shown[0].key);
  }, [selectedKey, shown, onSelect]);
  useEffect(() => {
    if (index >= 0) document.getElementById(`curation-item-${index}`)?.scrollIntoView({ block: 'nearest' });
  }, [index]);

  const describe = (i: CurationItem): string => {
    if (i.kind === 'span') return `${labels.get(i.labelId)?.name ?? '?'} “${coveredText(text, i)}”`;
    const end = (key: string) => {
      const s = spans.get(key);
      return s ? `“${coveredText(text, s)}”` : '?';
    };
    return `${roles.find((r) => r.id === i.roleId)?.name ?? '?'}: ${end(i.head)} → ${end(i.child)}`;
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    const key = keyChar(e.nativeEvent);
    const plain = !e.ctrlKey && !e.metaKey && !e.altKey;
    const handled = () => {
      e.preventDefault();
      e.stopPropagation();
    };
    const move = (by: number) => {
      const next = shown[Math.min(shown.length - 1, Math.max(0, index === -1 ? 0 : index + by))];
      if (next) onSelect(next.key);
    };
    // The row's keys: ↓, ↑, J, K; a label's hotkey wins over J and K.
    const step = keyIndex(e.nativeEvent, 'curation-step');
    if (step !== -1 && (step < 2 || !props.isHotkey(key))) {
      handled();
      move(step % 2 === 0 ? 1 : -1);
    } else if (matches(e.nativeEvent, 'curation-accept-agreed')) {
      handled();
      props.onAcceptAgreed();
    } else if (matches(e.nativeEvent, 'curation-accept')) {
      handled();
      if (selected) props.onAccept(selected.key);
    } else if (matches(e.nativeEvent, 'curation-reject')) {
      handled();
      if (!selected) return;
      props.onReject(selected.key);
      // The next item takes the rejected one's place, as the selection does.
      const next = shown[index + 1] ?? shown[index - 1];
      if (next) onSelect(next.key);
    } else if (
      selected &&
      selected.state !== 'accepted' &&
      (matches(e.nativeEvent, 'delete') ||
        matches(e.nativeEvent, 'move-end') ||
        matches(e.nativeEvent, 'move-start') ||
        (plain && props.isHotkey(key)))
    ) {
      // The annotators' spans are theirs: only what is in gold can be changed.
      handled();
      props.hint(
        t('curation.readOnly', { what: describe(selected), layers: listText(selected.layers, 'and') }),
      );
    }
  };

  return (
    <section className="curation-panel" aria-label={t('curation.title')}>
      <h2>
        {t('curation.heading', {
          layers: view.layers.length > 0 ? listText(view.layers, 'and') : t('curation.noLayers'),
        })}
      </h2>
      <StatusButtons label={t('curation.status')} current={view.status} onStatus={props.onStatus} />
      <p className="muted">
        {rejected > 0 ? t('curation.summaryRejected', counts) : t('curation.summary', counts)}
      </p>
      <button type="button" onClick={props.onAcceptAgreed} disabled={agreedOpen === 0}>
        {t('curation.acceptAgreed', { count: agreedOpen })}
      </button>
      <ul
        ref={list}
        className="curation-list"
        role="listbox"
        tabIndex={0}
        aria-label={t('curation.items')}
        aria-activedescendant={index >= 0 ? `curation-item-${index}` : undefined}
        onKeyDown={onKeyDown}
      >
        {shown.map((item, i) => (
          <li
            key={item.key}
            id={`curation-item-${i}`}
            role="option"
            aria-selected={i === index}
            className={`curation-item ${item.state}${item.agreed ? ' agreed' : ''}`}
            data-state={item.state}
            onClick={() => onSelect(item.key)}
          >
            <span className="curation-what">{describe(item)}</span>
            <span
              className="curation-who"
              aria-label={t('curation.hadBy', { who: whoHas(t, item, view.layers) })}
            >
              {item.layers.map((name) => (
                <span
                  key={name}
                  className="layer-initials"
                  title={name}
                  style={{ ['--layer' as string]: layerColor(name) }}
                >
                  {initials(name)}
                </span>
              ))}
              <span className="muted">{whoHas(t, item, view.layers)}</span>
            </span>
            <span className="curation-state">
              {item.state === 'accepted' ? t('curation.inGoldState') : t('curation.openState')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
