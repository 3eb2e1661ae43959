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

function ActionRow({
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
    <tr>
      <td>{text('what', 'What', 'long')}</td>
      <td>{text('partner', 'Partner', 'short')}</td>
      <td>
        <TableSelect
          table={PREVENTION_TIERS}
          value={action.tier}
          label={`Tier (action ${n})`}
          onChange={(tier) => set({ tier })}
        />
      </td>
      <td>
        <TableSelect
          table={ACTION_TYPES}
          value={action.type}
          label={`Type (action ${n})`}
          onChange={(type) => set({ type })}
        />
      </td>
      <td>{text('owner', 'Owner', 'short')}</td>
      <td>
        <input
          type="date"
          aria-label={`Due (action ${n})`}
          value={action.dueIso ?? ''}
          onChange={(e) => set({ dueIso: e.target.value || null })}
        />
      </td>
      <td>
        <TableSelect
          table={ACTION_STATUSES}
          value={action.status}
          label={`Status (action ${n})`}
          onChange={(status) => set({ status })}
        />
      </td>
      <td className="plan-action-place">
        {action.lngLat ? (
          <span>{`${action.lngLat[1].toFixed(5)}, ${action.lngLat[0].toFixed(5)}`}</span>
        ) : (
          <span>none</span>
        )}
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
      </td>
      <td>
        <button type="button" className="link" onClick={() => onRemove(action.id)}>
          {`Remove action ${n}`}
        </button>
      </td>
    </tr>
  );
}

/** Response: one row per action, each field labelled with its action's number for screen readers. */
export function ActionsTable({ actions, onAdd, ...row }: ActionsTableProps) {
  return (
    <div className="plan-actions">
      <table>
        <caption>Response actions</caption>
        <thead>
          <tr>
            {['What', 'Partner', 'Tier', 'Type', 'Owner', 'Due', 'Status', 'Place (lat, lng)', 'Remove'].map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {actions.map((action, i) => (
            <ActionRow key={action.id} action={action} n={i + 1} {...row} />
          ))}
        </tbody>
      </table>
      {actions.length === 0 && <p className="hint">No actions yet.</p>}
      <button type="button" onClick={onAdd}>
        Add action
      </button>
    </div>
  );
}
