import { useMenuLanguage } from './useMenuLanguage.ts';
import { useEffect } from 'react';
import type { ImportChoices, ImportSource } from '../../src-main/ipc/contract.ts';
import type { Dialog } from '../panels/Dialogs.tsx';
import { isSuggestionCommand, type SuggestionCommand } from '../suggest/suggestion-keys.ts';
import { isFindCommand, type FindCommand } from '../find/useFindKeys.ts';
import { api } from './api.ts';

interface Options {
  runImport: (from: ImportSource, options: ImportChoices) => Promise<unknown>;
  step: (direction: 'undo' | 'redo') => Promise<unknown>;
  toggleTheme: () => void;
  setDialog: (dialog: Dialog) => void;
  toggleLayers: () => void;
  curate: () => void;
  suggestionCommand: (command: SuggestionCommand) => void;
  findCommand: (command: FindCommand) => void;
  syncNow: () => void;
}

/** Carries out the application menu's commands, which the main process sends to the window. */
export function useMenuCommands({
  runImport,
  step,
  toggleTheme,
  setDialog,
  toggleLayers,
  curate,
  suggestionCommand,
  findCommand,
  syncNow,
}: Options): void {
  // The menu is in the window's language.
  useMenuLanguage();
  useEffect(
    () =>
      api().on('menu.command', ({ command }) => {
        if (command === 'import-files') void runImport('files', { skipInvalid: false, createLabels: false });
        else if (command === 'import-folder')
          void runImport('folder', { skipInvalid: false, createLabels: false });
        else if (command === 'export') setDialog('export');
        else if (command === 'undo' || command === 'redo') {
          // The menu's accelerator also fires while typing in a field: there it edits the field.
          const active = document.activeElement;
          if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement)
            document.execCommand(command);
          else void step(command);
        } else if (command === 'toggle-theme') toggleTheme();
        else if (command === 'scheme') setDialog('scheme');
        else if (command === 'agreement') setDialog('agreement');
        else if (command === 'shortcuts') setDialog('shortcuts');
        else if (command === 'about') setDialog('about');
        else if (command === 'annotator-name') setDialog('annotator');
        else if (command === 'team-settings') setDialog('team');
        else if (command === 'sync-now') syncNow();
        else if (command === 'toggle-layers') toggleLayers();
        else if (command === 'curate') curate();
        else if (isSuggestionCommand(command)) suggestionCommand(command);
        else if (isFindCommand(command)) findCommand(command);
      }),
    [runImport, step, toggleTheme, setDialog, toggleLayers, curate, suggestionCommand, findCommand, syncNow],
  );
}
