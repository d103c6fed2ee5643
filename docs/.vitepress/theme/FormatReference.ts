/** The format reference: both versions' tables, sections and every relation, in the page's language. */
import { defineComponent, h, type PropType } from 'vue';
import { REPORT_CSS } from '../../../src/render/index.js';
import { data as formats, type FormatView } from './data/formats.data.js';

type Lang = 'zh' | 'en';

const TEXT = {
  zh: {
    title: (f: FormatView) => `${f.version} 年版`,
    years: (f: FormatView) =>
      f.years.to ? `适用于 ${f.years.from}—${f.years.to} 年度的报告` : `适用于 ${f.years.from} 年度起的报告`,
    sections: '六个部分',
    aliases: '也见于：',
    tables: '版式',
    relations: '勾稽关系',
    severity: { error: '错误', warning: '警告', info: '提示' },
  },
  en: {
    title: (f: FormatView) => `The ${f.version} format`,
    years: (f: FormatView) =>
      f.years.to ? `for the reports on ${f.years.from}–${f.years.to}` : `for the reports on ${f.years.from} and later`,
    sections: 'The six sections',
    aliases: 'also printed as: ',
    tables: 'The layout',
    relations: 'Relations',
    severity: { error: 'error', warning: 'warning', info: 'info' },
  },
} as const;

export default defineComponent({
  name: 'FormatReference',
  props: {
    lang: { type: String as PropType<Lang>, default: 'zh' },
    rulesBase: { type: String, required: true },
  },
  setup(props) {
    return () => {
      const t = TEXT[props.lang];
      return h('div', { class: 'zf-format' }, [
        h('style', { innerHTML: REPORT_CSS }),
        ...formats.map((f) =>
          h('section', { id: `format-${f.version}` }, [
            h('h2', { id: `v${f.version}` }, t.title(f)),
            h('p', [h('strong', f.name), `（${f.notice}），${t.years(f)}`]),
            h('h3', { id: `v${f.version}-sections` }, t.sections),
            h(
              'ol',
              f.sections.map((s) =>
                h('li', [
                  s.heading,
                  s.aliases.length ? h('span', { class: 'zf-muted' }, ` ${t.aliases}${s.aliases.join('；')}`) : null,
                ]),
              ),
            ),
            h('h3', { id: `v${f.version}-tables` }, t.tables),
            h('div', { class: 'zf-report', innerHTML: f.html }),
            h('h3', { id: `v${f.version}-relations` }, t.relations),
            ...f.relations.map((r) =>
              h('div', { class: 'zf-relation' }, [
                h('p', [
                  h('a', { href: `${props.rulesBase}${r.code}.html` }, h('code', r.code)),
                  ` (${t.severity[r.severity]}) `,
                  r.description[props.lang],
                ]),
                h(
                  'ul',
                  r.instances.map((i) =>
                    h('li', [h('strong', `${i.along}：`), `${i.left.join(' + ')} = ${i.right.join(' + ')}`]),
                  ),
                ),
              ]),
            ),
          ]),
        ),
      ]);
    };
  },
});
