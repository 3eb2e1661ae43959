import './place-search.css';
import { useId, useState } from 'react';

/** One offered match: its name and a line saying what and where it is ("Street · Leicester"). */
export interface PlaceSearchOption {
  key: string;
  name: string;
  detail: string;
}

export interface PlaceSearchProps {
  /** Best matches first for what is typed; [] for nothing. */
  search: (query: string) => PlaceSearchOption[];
  onChoose: (option: PlaceSearchOption) => void;
  /** The gazetteer loads on first focus, so a page that never searches never fetches it. */
  onFirstFocus?: () => void;
  /** Null when ready; otherwise why there is nothing to search yet ("Loading places…"). */
  status?: string | null;
}

/**
 * A search box in the ARIA 1.2 combobox pattern: type, arrow keys move through the matches, Enter goes to the one
 * highlighted (or the best), Escape closes the list and then clears the box.
 */
export function PlaceSearch({ search, onChoose, onFirstFocus, status = null }: PlaceSearchProps) {
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [focused, setFocused] = useState(false);
  const options = open && query.trim() !== '' ? search(query) : [];
  const shown = options.length > 0;

  const choose = (option: PlaceSearchOption | undefined) => {
    if (!option) return;
    setQuery(option.name);
    setOpen(false);
    setActive(-1);
    onChoose(option);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(options[active] ?? options[0]);
    } else if (event.key === 'Escape') {
      if (open && shown) setOpen(false);
      else setQuery('');
      setActive(-1);
    }
  };

  return (
    <div className="place-search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Search places, streets and hotspots
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder="Search places, streets, hotspots"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onFocus={() => {
          if (!focused) onFirstFocus?.();
          setFocused(true);
        }}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label="Matches" hidden={!shown}>
        {options.map((option, index) => (
          <li
            key={option.key}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(option);
            }}
          >
            <span className="place-search-name">{option.name}</span>
            <span className="place-search-detail">{option.detail}</span>
          </li>
        ))}
      </ul>
      {open && query.trim() !== '' && !shown && (
        <p className="place-search-none" role="status">
          {status ?? 'No place, street or hotspot starts with that.'}
        </p>
      )}
    </div>
  );
}
