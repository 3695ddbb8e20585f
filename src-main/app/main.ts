import { app } from 'electron';

app.whenReady().then(() => {
  // Filled in by the shell work: window, security, menu.
});
