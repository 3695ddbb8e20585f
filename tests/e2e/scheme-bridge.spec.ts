import { expect, test } from './harness/fixtures.ts';

// The scheme editor's calls reach the real handlers through the real preload, as the form will use them.
test('the window reads and edits the scheme through window.annotator', async ({ app }) => {
  const { page } = app;
  const result = await page.evaluate(async () => {
    const api = window.annotator;
    const scheme = await api.scheme.get({});
    if (!scheme.ok) throw new Error(scheme.error.message);
    const event = scheme.value.labels.find((l) => l.name === 'EVENT');
    if (!event) throw new Error('no EVENT');
    const created = await api.attributes.create({ labelId: event.id, name: 'certainty', type: 'boolean' });
    const refused = await api.roles.create({ name: 'cause', hotkey: 'j', from: [event.id], to: [event.id] });
    const imported = await api.scheme.import({ from: 'bundled', name: 'news-events' });
    const after = await api.scheme.get({});
    return {
      created: created.ok && created.value.name,
      refused: !refused.ok && refused.error.code,
      imported: imported.ok && 'imported' in imported.value && imported.value.imported,
      labels: after.ok && after.value.labels.map((l) => l.name),
    };
  });
  expect(result).toEqual({
    created: 'certainty',
    refused: 'VALIDATION',
    imported: true,
    labels: ['EVENT', 'NUMBER', 'ACTOR', 'TIME', 'PLACE'],
  });
});
