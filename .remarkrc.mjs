// Checks each entry's front matter against its type's JSON Schema, in the editor (VS Code's
// unifiedjs.vscode-remark extension reads this file) and with `npx remark content --quiet`.
// The schemas are the ones the last preview or build wrote (_preview/ or _site/schema/editor/, one per
// content folder), whose references list the ids the content had then: a misspelt practice, capability,
// method or source id is flagged on its line, with the known ids offered as fixes. `catalogue check`
// remains the judge; this shows most of its field errors as you type.
import { existsSync, readdirSync } from 'node:fs';
import remarkFrontmatter from 'remark-frontmatter';
import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema';

const site = ['_preview', '_site'].find((folder) => existsSync(`${folder}/schema/editor`));
const schemas = {};
for (const file of site ? readdirSync(`${site}/schema/editor`) : []) {
  const folder = file.replace(/\.schema\.json$/, '');
  // A folder's _index.md introduces its list page and is no entry.
  schemas[`./${site}/schema/editor/${file}`] = [`content/${folder}/[!_]*.md`];
}

export default {
  plugins: [remarkFrontmatter, [remarkLintFrontmatterSchema, { schemas }]],
};
