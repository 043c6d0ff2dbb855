// ESLint rule architecture/folder-imports: every import (type-only ones too, require() and import())
// of a file under src/ must be one its folder may make, as the table in eslint.config.mjs says (the
// same table as ARCHITECTURE.md's). A relative import names a folder of the repository, a bare one
// a package (its name before any subpath), a Node built-in (fs, node:fs) the folder 'node'.
import { builtinModules } from 'node:module';
import path from 'node:path';

const BUILTIN = new Set(builtinModules);

/** 'src/domain' for src/domain/matchers/places.ts, 'test' for test/x.ts: the table's unit. */
export function folderOf(relativeFile) {
  const parts = relativeFile.split(/[\\/]/);
  return parts[0] === 'src' && parts.length >= 2 ? `src/${parts[1]}` : parts[0];
}

/** What an import specifier reaches: { folder, file } inside the repository, { package }, or { node: true }. */
export function targetOf(specifier, importingFile, root) {
  if (specifier.startsWith('.')) {
    const file = path.relative(root, path.resolve(path.dirname(importingFile), specifier)).split(path.sep).join('/');
    return { folder: folderOf(file), file };
  }
  const bare = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
  if (specifier.startsWith('node:') || BUILTIN.has(bare.split('/')[0])) return { node: true };
  const name = bare.startsWith('@') ? bare.split('/').slice(0, 2).join('/') : bare.split('/')[0];
  return { package: name };
}

/** Why the import breaks the table, or null when the folder may make it. */
export function refusal(folderRules, fromFolder, relativeFile, target) {
  const rules = folderRules[fromFolder];
  if (!rules) return null;
  if (target.node) return rules.node ? null : `${fromFolder} may not import Node built-ins (no file system or Node API outside src/cli, scripts, bench and test)`;
  if (target.package) return rules.packages.includes(target.package) ? null : `${fromFolder} may not import the package '${target.package}' (it may import: ${rules.packages.join(', ') || 'no packages'})`;
  if (target.folder === fromFolder || rules.folders.includes(target.folder)) return null;
  const exception = (rules.files ?? []).find((e) => e.target === target.file && e.from.includes(relativeFile));
  if (exception) return null;
  return `${fromFolder} may not import ${target.folder} (it may import: ${[fromFolder, ...rules.folders].join(', ')})`;
}

export const folderImports = {
  meta: {
    type: 'problem',
    docs: { description: "Imports follow ARCHITECTURE.md's folder table" },
    schema: [{ type: 'object' }],
    messages: { refused: '{{why}}: see ARCHITECTURE.md.' },
  },
  create(context) {
    const { root, folders } = context.options[0];
    const file = context.filename;
    const relativeFile = path.relative(root, file).split(path.sep).join('/');
    const fromFolder = folderOf(relativeFile);
    if (!folders[fromFolder]) return {};
    const check = (node, source) => {
      if (!source || typeof source.value !== 'string') return;
      const why = refusal(folders, fromFolder, relativeFile, targetOf(source.value, file, root));
      if (why) context.report({ node, messageId: 'refused', data: { why } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      TSImportEqualsDeclaration: (node) => check(node, node.moduleReference.expression),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node, node.arguments[0]);
      },
    };
  },
};
