/** Linking events to their arguments in the article (src-renderer/frame). */
export const frame = {
  hint: {
    filled: 'This event has its {{role}} already (“{{text}}”): remove it in the event frame first.',
    noCandidates: 'No {{labels}} left to link as {{role}}: annotate one first.',
    noRole: 'No role links {{from}} to {{to}}.',
  },
} as const;
