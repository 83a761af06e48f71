import type { RuleDraft } from '../types/ruleDraft';
import { childPath } from './childPath';

// rulePaths lists the path of every node of a draft, the root's ("") first.
export function rulePaths(root: RuleDraft): string[] {
  const out: string[] = [];
  const walk = (node: RuleDraft, path: string) => {
    out.push(path);
    if (node.kind === 'group') node.rules.forEach((r, i) => walk(r, childPath(path, i)));
  };
  walk(root, '');
  return out;
}
