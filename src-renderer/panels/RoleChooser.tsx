import { useTranslation } from 'react-i18next';
import type { Role } from '../../src-main/db/model.ts';
import type { RoleChoice } from '../frame/useLinkDrag.ts';

interface Props {
  choice: RoleChoice;
  onChoose: (role: Role) => void;
}

/** Where a drag between two spans fits several roles, the user picks one. */
export function RoleChooser({ choice, onChoose }: Props) {
  const { t } = useTranslation('panels');
  return (
    <div
      className="chooser"
      role="menu"
      aria-label={t('chooser.linkAs')}
      style={{ left: choice.x, top: choice.y + 8 }}
    >
      {choice.roles.map((r) => (
        <button key={r.id} type="button" role="menuitem" onClick={() => onChoose(r)}>
          {r.name}
          {r.hotkey && <kbd>{r.hotkey.toUpperCase()}</kbd>}
        </button>
      ))}
    </div>
  );
}
