/** The finding codes, grouped as the site shows them, for the rule index pages (built at build time). */
import { RULE_GROUPS } from '../../rule-groups.js';

export interface RuleGroupView {
  title: { zh: string; en: string };
  runBy: string;
  rules: { code: string; severity: string; description: { zh: string; en: string } }[];
}

declare const data: RuleGroupView[];
export { data };

export default {
  load: (): RuleGroupView[] =>
    RULE_GROUPS.map((g) => ({
      title: g.title,
      runBy: g.runBy,
      rules: g.rules.map((r) => ({ code: r.code, severity: r.severity, description: r.title })),
    })),
};
