// RuleMessage is what the editor says of one node: a problem, or only that
// it is not filled in yet (incomplete), which is shown more quietly.
export interface RuleMessage {
  text: string;
  incomplete: boolean;
}
