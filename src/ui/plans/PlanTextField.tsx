import { useId, type ReactNode } from 'react';
import { TEXT_LIMITS } from '../../plans/plan-tables';

export interface PlanTextFieldProps {
  label: string;
  value: string;
  /** 'short': one line (a name); 'long': a paragraph. The maximum is validation's own (TEXT_LIMITS). */
  limit: 'short' | 'long';
  onChange: (value: string) => void;
}

/** A labelled text box. What is typed shows as text (React escapes it): a payload such as `<img onerror>` is inert. */
export function PlanTextField({ label, value, limit, onChange }: PlanTextFieldProps) {
  const id = useId();
  const max = TEXT_LIMITS[limit];
  return (
    <div className="plan-field">
      <label htmlFor={id}>{label}</label>
      {limit === 'long' ? (
        <textarea id={id} value={value} maxLength={max} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input id={id} type="text" value={value} maxLength={max} onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}

export interface PlanSectionProps {
  id: string;
  title: string;
  /** One line saying what the stage is for, in the College of Policing's terms. */
  hint: string;
  children: ReactNode;
}

/** One SARA stage as a titled region. */
export function PlanSection({ id, title, hint, children }: PlanSectionProps) {
  return (
    <section className="plan-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <p className="hint">{hint}</p>
      {children}
    </section>
  );
}
