import { useEffect, useMemo, useRef, useState } from 'react';
import type { CrimeFilter } from '../analysis/crime-filter';
import { playbackSteps, type PlaybackStep, type PlaybackUnit } from '../analysis/playback';

interface PlaybackInputs {
  /** The analyst's filter (its months bound the steps); the step itself lives in the settings and the URL. */
  filter: CrimeFilter;
  monthRange: { first: string; last: string } | null;
  step: PlaybackStep | null;
  setStep: (step: PlaybackStep | null) => void;
  /** True while the map is computing the current step: playing waits for it, so no step is ever skipped. */
  busy: boolean;
}

export const SPEEDS_MS = [2000, 1000, 500] as const;

/**
 * Time playback: play, pause, step and loop through the filtered period a month, week or day at a time. The next
 * step is shown once the current one has been drawn and held for the speed's interval.
 */
export function usePlayback({ filter, monthRange, step, setStep, busy }: PlaybackInputs) {
  const [playing, setPlaying] = useState(false);
  const [unit, setUnit] = useState<PlaybackUnit>(step?.unit ?? 'month');
  const [intervalMs, setIntervalMs] = useState<number>(1000);
  const [loop, setLoop] = useState(true);
  const shownAt = useRef(performance.now());
  const first = filter.fromMonth ?? monthRange?.first ?? null;
  const last = filter.toMonth ?? monthRange?.last ?? null;
  const steps = useMemo(() => (first && last ? playbackSteps(unit, first, last) : []), [unit, first, last]);
  const index = step ? steps.findIndex((s) => s.start === step.start && s.unit === step.unit) : -1;

  const goTo = (i: number) => {
    if (steps.length === 0) return;
    shownAt.current = performance.now();
    setStep(steps[(i + steps.length) % steps.length]);
  };
  const atEnd = index === steps.length - 1;
  useEffect(() => {
    if (!playing || busy || index < 0) return;
    if (atEnd && !loop) {
      setPlaying(false);
      return;
    }
    const wait = Math.max(0, intervalMs - (performance.now() - shownAt.current));
    const timer = setTimeout(() => {
      shownAt.current = performance.now();
      setStep(steps[(index + 1) % steps.length]);
    }, wait);
    return () => clearTimeout(timer);
  }, [playing, busy, index, atEnd, loop, intervalMs, steps, setStep]);

  return {
    steps,
    index,
    playing,
    unit,
    intervalMs,
    loop,
    play: () => {
      if (index < 0 || (atEnd && !loop)) goTo(0);
      setPlaying(true);
    },
    pause: () => setPlaying(false),
    back: () => goTo(index < 0 ? steps.length - 1 : index - 1),
    forward: () => goTo(index + 1),
    stop: () => {
      setPlaying(false);
      setStep(null);
    },
    chooseUnit: (next: PlaybackUnit) => {
      setUnit(next);
      setPlaying(false);
      if (step) setStep(null);
    },
    setIntervalMs,
    setLoop,
  };
}
