import type { Label, Role } from '../../src-main/db/model.ts';
import { CurationPanel } from './CurationPanel.tsx';
import { LayersPanel } from './LayersPanel.tsx';
import type { TeamView } from './useTeamView.ts';

interface Props {
  team: TeamView;
  text: string;
  labels: ReadonlyMap<number, Label>;
  roles: readonly Role[];
  /** The user's name: their layer is the one edited. */
  me: string | null;
  hint: (message: string) => void;
}

/** The top of the side panel: the curation list while curating, else the document's layers. */
export function TeamSide({ team, text, labels, roles, me, hint }: Props) {
  if (team.curation)
    return (
      <CurationPanel
        view={team.curation}
        text={text}
        labels={labels}
        roles={roles}
        selectedKey={team.selectedKey}
        onSelect={team.select}
        onAccept={team.accept}
        onReject={team.reject}
        onAcceptAgreed={team.acceptAgreed}
        onStatus={(status) => void team.setCurationStatus(status)}
        hint={hint}
        isHotkey={(key) =>
          [...labels.values()].some((l) => l.hotkey?.toLowerCase() === key) ||
          roles.some((r) => r.hotkey?.toLowerCase() === key)
        }
      />
    );
  if (team.curating) return null;
  return (
    <LayersPanel layers={team.layers} me={me} showOthers={team.showOthers} onToggle={team.toggleOthers} />
  );
}
