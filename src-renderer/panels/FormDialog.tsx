import type { ReactNode } from 'react';

interface Props {
  /** The id of the heading inside that names the dialog. */
  titleId: string;
  /** Added to `dialog` on the form, for the dialog's own layout. */
  className: string;
  onSubmit: () => void;
  children: ReactNode;
}

/** A modal dialog that is one form: Enter in a field submits it, without a page load. */
export function FormDialog({ titleId, className, onSubmit, children }: Props) {
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby={titleId}>
      <form
        className={`dialog ${className}`}
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        {children}
      </form>
    </div>
  );
}
