// The harm-weights panel explains its defaults in the app itself (issue 12: it said "see README", which a browser user
// cannot open): each published source with its address, and the rule that combines them.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HARM_WEIGHTS } from '../../../src/analysis/harm-weights';
import { HARM_WEIGHT_SOURCES_IN_WORDS } from '../../../src/analysis/harm-weight-derivation';
import { HarmWeightsEditor } from '../../../src/ui/HarmWeightsEditor';

describe('the harm-weights panel', () => {
  const html = renderToStaticMarkup(
    createElement(HarmWeightsEditor, {
      weights: DEFAULT_HARM_WEIGHTS,
      defaults: DEFAULT_HARM_WEIGHTS,
      onChange: () => undefined,
    }),
  );

  it('names every source with its address, and never sends the reader to the README', () => {
    expect(HARM_WEIGHT_SOURCES_IN_WORDS.length).toBe(3);
    for (const source of HARM_WEIGHT_SOURCES_IN_WORDS) {
      expect(html).toContain(source.source);
      expect(html).toContain(source.url);
    }
    expect(html).not.toMatch(/README/i);
    expect(html).toContain('Anti-social behaviour is not a crime');
  });
});
