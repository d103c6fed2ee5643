/** The index of the finding codes: each group's codes, default severity and what each checks. */
import { defineComponent, h, type PropType } from 'vue';
import { SEVERITY_NAMES } from '../rule-words.js';
import { githubSlug } from '../slug.js';
import { data as groups } from './data/rules.data.js';

type Lang = 'zh' | 'en';

const TEXT = {
  zh: {
    code: '代码',
    severity: '默认级别',
    checks: '检查内容',
    runBy: '由此给出：',
  },
  en: {
    code: 'code',
    severity: 'default severity',
    checks: 'checks',
    runBy: 'reported by ',
  },
} as const;

export default defineComponent({
  name: 'RuleIndex',
  props: { lang: { type: String as PropType<Lang>, default: 'zh' } },
  setup(props) {
    return () => {
      const t = TEXT[props.lang];
      return h(
        'div',
        groups.flatMap((g) => [
          h('h2', { id: githubSlug(g.title.en) }, g.title[props.lang]),
          h('p', [t.runBy, h('code', g.runBy)]),
          h('table', [
            h('thead', h('tr', [h('th', t.code), h('th', t.severity), h('th', t.checks)])),
            h(
              'tbody',
              g.rules.map((r) =>
                h('tr', [
                  h('td', h('a', { href: `${r.code}.html` }, h('code', r.code))),
                  h('td', SEVERITY_NAMES[props.lang][r.severity as keyof (typeof SEVERITY_NAMES)['zh']] ?? r.severity),
                  h('td', r.description[props.lang]),
                ]),
              ),
            ),
          ]),
        ]),
      );
    };
  },
});
