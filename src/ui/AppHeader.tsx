import { PlaceSearch, type PlaceSearchProps } from './PlaceSearch';

interface AppHeaderProps {
  search: PlaceSearchProps;
  dataSource: 'demo' | 'user';
  largeText: boolean;
  onLargeText: (on: boolean) => void;
  /** Moves focus to the map (the skip link's target is a canvas, which a plain #anchor does not focus). */
  onSkipToMap: () => void;
}

/** "Skip to map" (the first Tab stop), the title, whose data are shown, the place search and the large-text switch. */
export function AppHeader({ search, dataSource, largeText, onLargeText, onSkipToMap }: AppHeaderProps) {
  return (
    <>
      <a
        className="skip-link"
        href="#map"
        onClick={(event) => {
          event.preventDefault();
          onSkipToMap();
        }}
      >
        Skip to map
      </a>
      <header className="app-header">
        <h1>GRIP Hotspot Explorer</h1>
        <p>Leicester, Leicestershire &amp; Rutland · {dataSource === 'demo' ? 'demo data (synthetic)' : 'your data'}</p>
        <PlaceSearch {...search} />
        <label className="text-size">
          <input type="checkbox" name="largeText" checked={largeText} onChange={(e) => onLargeText(e.target.checked)} />
          Large text
        </label>
      </header>
    </>
  );
}
