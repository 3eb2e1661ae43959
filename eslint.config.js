// One-way imports between rooms (HOUSE_STYLE): app → ui → map → analysis, app → data → analysis.
import tseslint from 'typescript-eslint';

// `typesOnly` rooms may be imported for their types (a component may know the shape of a load report) but not their code.
const room = (name, forbidden, typesOnly = []) => ({
  files: [`src/${name}/**/*.{ts,tsx}`],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [...forbidden, ...typesOnly].map((other) => ({
          group: [`**/${other}/*`, `**/${other}`],
          message: `src/${name} must not import from src/${other} (HOUSE_STYLE: imports flow one way).`,
          allowTypeImports: typesOnly.includes(other),
        })),
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'public/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Prettier wraps code at 120; long strings, template literals and URLs are left whole (HOUSE_STYLE).
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreUrls: true, ignoreRegExpLiterals: true },
      ],
    },
  },
  room('analysis', ['app', 'ui', 'map', 'data', 'plans', 'board']),
  room('data', ['app', 'ui', 'map', 'plans', 'board']),
  room('map', ['app', 'ui', 'data', 'plans', 'board']),
  room('ui', ['app'], ['data']),
  room('plans', ['app', 'ui', 'map', 'board']),
  room('board', ['app']),
);
