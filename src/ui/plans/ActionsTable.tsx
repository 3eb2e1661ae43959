import type { ReactNode } from 'react';
import { ACTION_STATUSES, ACTION_TYPES, PREVENTION_TIERS, TEXT_LIMITS } from '../../plans/plan-tables';
import type { ResponseAction } from '../../plans/plan-types';

export interface ActionsTableProps {
  actions: ResponseAction[];
  onAdd: () => void;
  onChange: (actionId: string, change: Partial<Omit<ResponseAction, 'id'>>) => void;
  onRemove: (actionId: string) => void;
  /** Asks the map for the action's place; without it, a place can only be cleared here. */
  onPlace?: (actionId: string) => void;
}

/** A select over one of the plan tables, showing each value's plain-English label. */
function TableSelect<T extends Record<string, string>>(props: {
  table: T;
  value: keyof T & string;
  label: string;
  onChange: (value: keyof T & string) => void;
}) {
  return (
    <select aria-label={props.label} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
      {Object.entries(props.table).map(([value, text]) => (
        <option key={value} value={value}>
          {text}
        </option>
      ))}
    </select>
  );
}

/** A field of an action's card: its visible name above it; the control's own name says which action it is. */
function Field({ name, children, wide = false }: { name: string; children: ReactNode; wide?: boolean }) {
  return (
    <label className={wide ? 'plan-action-field wide' : 'plan-action-field'}>
      <span>{name}</span>
      {children}
    </label>
  );
}

function ActionCard({
  action,
  n,
  onChange,
  onRemove,
  onPlace,
}: Omit<ActionsTableProps, 'actions' | 'onAdd'> & {
  action: ResponseAction;
  n: number;
}) {
  const set = (change: Partial<Omit<ResponseAction, 'id'>>) => onChange(action.id, change);
  const text = (key: 'what' | 'partner' | 'owner', label: string, limit: 'short' | 'long') => (
    <input
      type="text"
      aria-label={`${label} (action ${n})`}
      value={action[key]}
      maxLength={TEXT_LIMITS[limit]}
      onChange={(e) => set({ [key]: e.target.value })}
    />
  );
  return (
    <li className="plan-action" aria-label={`Action ${n}`}>
      <Field name="What" wide>
        {text('what', 'What', 'long')}
      </Field>
      <Field name="Partner">{text('partner', 'Partner', 'short')}</Field>
      <Field name="Owner">{text('owner', 'Owner', 'short')}</Field>
      <Field name="Prevention tier">
        <TableSelect
          table={PREVENTION_TIERS}
          value={action.tier}
          label={`Tier (action ${n})`}
          onChange={(tier) => set({ tier })}
        />
      </Field>
      <Field name="Type">
        <TableSelect
          table={ACTION_TYPES}
          value={action.type}
          label={`Type (action ${n})`}
          onChange={(type) => set({ type })}
        />
      </Field>
      <Field name="Due">
        <input
          type="date"
          aria-label={`Due (action ${n})`}
          value={action.dueIso ?? ''}
          onChange={(e) => set({ dueIso: e.target.value || null })}
        />
      </Field>
      <Field name="Status">
        <TableSelect
          table={ACTION_STATUSES}
          value={action.status}
          label={`Status (action ${n})`}
          onChange={(status) => set({ status })}
        />
      </Field>
      <div className="plan-action-place">
        <span>
          Place: {action.lngLat ? `${action.lngLat[1].toFixed(5)}, ${action.lngLat[0].toFixed(5)} (lat, lng)` : 'none'}
        </span>
        {onPlace && (
          <button type="button" className="link" onClick={() => onPlace(action.id)}>
            {`Place action ${n} on the map`}
          </button>
        )}
        {action.lngLat && (
          <button type="button" className="link" onClick={() => set({ lngLat: null })}>
            {`Clear the place of action ${n}`}
          </button>
        )}
        <button type="button" className="link" onClick={() => onRemove(action.id)}>
          {`Remove action ${n}`}
        </button>
      </div>
    </li>
  );
}

/**
 * Response: one card per action, its fields named on screen and each control named with its action's number for
 * screen readers. Cards wrap to the drawer's width, so nothing scrolls sideways.
 */
export function ActionsTable({ actions, onAdd, ...card }: ActionsTableProps) {
  return (
    <div className="plan-actions">
      <h4>Response actions</h4>
      {actions.length > 0 ? (
        <ol className="plan-action-list">
          {actions.map((action, i) => (
            <ActionCard key={action.id} action={action} n={i + 1} {...card} />
          ))}
        </ol>
      ) : (
        <p className="hint">No actions yet.</p>
      )}
      <button type="button" onClick={onAdd}>
        Add action
      </button>
    </div>
  );
}
