import { DEFAULT_HARM_WEIGHTS } from '../analysis';

const KEY = 'grip.harmWeights.v1';

/** The analyst's harm weights, saved in this browser; defaults come from the published source (src/analysis). */
export function loadHarmWeights(): Record<string, number> {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Record<string, number> | null;
    return saved ? { ...DEFAULT_HARM_WEIGHTS, ...saved } : { ...DEFAULT_HARM_WEIGHTS };
  } catch {
    return { ...DEFAULT_HARM_WEIGHTS };
  }
}

export function saveHarmWeights(weights: Record<string, number>): void {
  localStorage.setItem(KEY, JSON.stringify(weights));
}
