// childPath is the path of the i-th rule of the group at path, written as
// the API locates a rule's problems: "" is the root, "rules[1].rules[0]"
// the first rule of the root's second rule.
export function childPath(path: string, i: number): string {
  return path === '' ? `rules[${i}]` : `${path}.rules[${i}]`;
}
