/**
 * The checker page: files dropped, picked or pasted are read and checked in a worker; each is
 * shown in the official layout with its findings marked on their cells, the reading findings
 * with where in the source they are, and downloads as CSV and JSON. A report used as last
 * year's adds the cross-year checks to the report of the year after; two or more reports can be
 * rolled up, two compared.
 */
import type { LocatedFinding } from '../../../src/cli/batch/result.js';
import type { Report } from '../../../src/index.js';
import { REPORT_CSS } from '../../../src/render/index.js';
import { CheckerClient } from './client.js';
import { download, el } from './dom.js';
import { type FindingLinks, findingList, linkMarks } from './findings-view.js';
import type { Checked, PdfAssets, Read } from './protocol.js';
import { type Lang, TEXT, type Text } from './text.js';

export interface CheckerOptions {
  lang: Lang;
  /** The URL of the folder of the rule pages of the page's locale (ends with `/`). */
  rulesBase: string;
  /** The site's base URL (ends with `/`): pdf.js's data is under `pdfjs/`. */
  siteBase: string;
}

type Role = 'report' | 'previous';

interface Input {
  name: string;
  role: Role;
  read?: Read;
  /** The checks with the cross-year checks, when a report of the year before is given. */
  checked?: Checked;
  /** The year of the report it was checked against across years. */
  against?: number;
  /** An error of the checker itself (not of the file). */
  crash?: string;
}

const stem = (name: string): string => name.replace(/\.[^./]+$/, '') || 'report';

export function mountChecker(root: HTMLElement, options: CheckerOptions): () => void {
  const text: Text = TEXT[options.lang];
  const client = new CheckerClient();
  const links: FindingLinks = { rule: (code) => `${options.rulesBase}${code}.html` };
  const pdf: PdfAssets = {
    cMapUrl: new URL('pdfjs/cmaps/', new URL(options.siteBase, location.href)).href,
    standardFontDataUrl: new URL('pdfjs/standard_fonts/', new URL(options.siteBase, location.href)).href,
  };
  const inputs: Input[] = [];

  const list = el('div', { class: 'zf-inputs', 'aria-live': 'polite' });
  const combined = el('div', { class: 'zf-combined' });

  // --- reading and checking ---

  const reportsOf = (role?: Role): { input: Input; report: Report }[] =>
    inputs.flatMap((input) => {
      const report = input.read?.result.report;
      return report && (!role || input.role === role) ? [{ input, report }] : [];
    });

  /** Adds the cross-year checks to each report of which last year's report is given. */
  async function checkAcrossYears(): Promise<void> {
    const previous = reportsOf('previous');
    await Promise.all(
      reportsOf('report').map(async ({ input, report }) => {
        const last = previous.find((p) => p.report.meta.year === report.meta.year - 1)?.report;
        input.checked = undefined;
        input.against = undefined;
        const result = input.read?.result;
        if (!last || !result) return;
        try {
          input.checked = await client.ask({
            kind: 'check',
            report,
            sourceMap: result.sourceMap,
            previous: last,
            reading: result.readingFindings,
            lang: options.lang,
          });
          input.against = last.meta.year;
        } catch (err) {
          input.crash = (err as Error).message;
        }
      }),
    );
    render();
  }

  /** Reads and checks one input; it is listed at once, in the order given, and filled in when read. */
  async function add(name: string, content: Promise<Uint8Array>): Promise<void> {
    const input: Input = { name, role: 'report' };
    inputs.push(input);
    render();
    try {
      const bytes = await content;
      input.read = await client.ask({ kind: 'read', name, bytes, lang: options.lang, pdf });
    } catch (err) {
      input.crash = (err as Error).message;
    }
    await checkAcrossYears();
  }

  async function addFiles(files: FileList): Promise<void> {
    await Promise.all(
      Array.from(files, (file) =>
        add(
          file.name,
          file.arrayBuffer().then((b) => new Uint8Array(b)),
        ),
      ),
    );
  }

  // --- one input ---

  /** Offers the report as the interchange CSV, its JSON form or a Word document, as the command line writes them. */
  async function offer(report: Report, name: string, kind: 'csv' | 'json' | 'docx'): Promise<void> {
    if (kind === 'docx') {
      const docx = await client.ask({ kind: 'docx', report });
      download(`${stem(name)}.docx`, docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      return;
    }
    const exported = await client.ask({ kind: 'export', report });
    if (kind === 'csv') download(`${stem(name)}.csv`, exported.csv, 'text/csv;charset=utf-8');
    else download(`${stem(name)}.json`, exported.json, 'application/json');
  }

  function downloads(report: Report, name: string): HTMLElement {
    return el(
      'p',
      { class: 'zf-downloads' },
      `${text.download}：`,
      (['csv', 'json', 'docx'] as const).map((kind) =>
        el(
          'button',
          { type: 'button', 'data-download': kind, onclick: () => offer(report, name, kind) },
          text.formats[kind],
        ),
      ),
    );
  }

  function summary(findings: readonly LocatedFinding[]): HTMLElement {
    const count = (s: LocatedFinding['severity']) => findings.filter((f) => f.severity === s).length;
    return el('p', { class: 'zf-summary' }, text.summary(count('error'), count('warning'), count('info')));
  }

  /**
   * The lists of findings, then the report in its official layout with each finding marked where
   * it is (the renderer's marks, linked here to the rule pages).
   */
  function reportView(
    report: Report,
    html: string,
    reading: readonly LocatedFinding[],
    checks: readonly LocatedFinding[],
    name: string,
  ): HTMLElement[] {
    const tables = el('div', { class: 'zf-report' });
    tables.innerHTML = html;
    linkMarks(tables, links);
    const section = (title: string, findings: readonly LocatedFinding[], kind: 'reading' | 'check') =>
      findings.length > 0 || kind === 'check'
        ? [
            el('h4', {}, title),
            findings.length ? findingList(findings, kind, text, links, tables) : el('p', {}, text.noFindings),
          ]
        : [];
    return [
      el('p', { class: 'zf-meta' }, text.meta(report.meta.agency, report.meta.year, report.format)),
      summary([...reading, ...checks]),
      downloads(report, name),
      ...section(text.readingFindings, reading, 'reading'),
      ...section(text.checkFindings, checks, 'check'),
      tables,
    ];
  }

  function inputView(input: Input): HTMLElement {
    const result = input.read?.result;
    const status = input.crash ? 'crashed' : (result?.status ?? 'reading');
    const body: (Node | string)[] = [];
    if (input.crash) {
      body.push(
        el('div', { class: 'zf-problem', role: 'alert' }, el('strong', {}, text.crashed), el('p', {}, input.crash)),
      );
    } else if (!result) {
      body.push(el('p', { class: 'zf-progress' }, text.reading));
    } else if (!result.report) {
      // Not a report, or not one that could be read: what the command line says, and its advice.
      body.push(
        el(
          'div',
          { class: 'zf-problem', role: 'alert' },
          el('strong', {}, result.status === 'unsupported' ? text.unsupported : text.failed),
          el(
            'ul',
            { class: 'zf-problems' },
            (result.problems ?? []).map((p) => el('li', {}, p)),
          ),
          result.advice && el('p', { class: 'zf-advice' }, result.advice),
        ),
      );
      if (result.readingFindings.length)
        body.push(
          el('h4', {}, text.readingFindings),
          findingList(result.readingFindings, 'reading', text, links, undefined),
        );
    } else {
      const year = result.report.meta.year;
      if (input.role === 'previous' && !reportsOf('report').some((r) => r.report.meta.year === year + 1))
        body.push(el('p', { class: 'zf-note' }, text.noMatch(year)));
      if (input.against !== undefined) body.push(el('p', { class: 'zf-note' }, text.crossYear(input.against)));
      const checks = input.checked?.findings ?? result.checkFindings;
      const html = input.checked?.html ?? input.read?.html ?? '';
      body.push(...reportView(result.report, html, result.readingFindings, checks, input.name));
    }
    const role = el(
      'select',
      {
        'aria-label': text.role,
        onchange: (event: Event) => {
          input.role = (event.target as HTMLSelectElement).value as Role;
          void checkAcrossYears();
        },
      },
      (['report', 'previous'] as const).map((r) =>
        el('option', { value: r, selected: input.role === r }, text.roles[r]),
      ),
    );
    return el(
      'section',
      { class: 'zf-input', 'data-file': input.name, 'data-status': status },
      el(
        'header',
        {},
        el('strong', { class: 'zf-name' }, input.name),
        result && el('span', { class: 'zf-ms', 'data-ms': result.timings.parseMs }, text.ms(result.timings.parseMs)),
        el('label', {}, `${text.role} `, role),
        el(
          'button',
          {
            type: 'button',
            class: 'zf-remove',
            onclick: () => {
              inputs.splice(inputs.indexOf(input), 1);
              void checkAcrossYears();
            },
          },
          text.remove,
        ),
      ),
      body,
    );
  }

  // --- several reports ---

  function combinedView(): HTMLElement[] {
    const reports = reportsOf();
    if (reports.length < 2) return [];
    const agency = el('input', { type: 'text', value: text.rollupDefault, 'aria-label': text.rollupAgency });
    const output = el('div', { class: 'zf-combined-output' });
    const rollupButton = el(
      'button',
      {
        type: 'button',
        'data-action': 'rollup',
        onclick: async () => {
          const answer = await client.ask({
            kind: 'rollup',
            reports: reports.map((r) => r.report),
            agency: agency.value,
            lang: options.lang,
          });
          output.replaceChildren(
            el('h3', {}, text.rollupTitle),
            ...(answer.ok
              ? reportView(answer.report, answer.html, [], answer.findings, agency.value)
              : [el('div', { class: 'zf-problem', role: 'alert' }, answer.problems.join('\n'))]),
          );
        },
      },
      text.rollupRun(reports.length),
    );
    const pick = (initial: number) =>
      el(
        'select',
        {},
        reports.map((r, i) => el('option', { value: i, selected: i === initial }, r.input.name)),
      );
    const from = pick(0);
    const to = pick(1);
    const compareButton = el(
      'button',
      {
        type: 'button',
        'data-action': 'compare',
        onclick: async () => {
          const a = reports[Number(from.value)]?.report;
          const b = reports[Number(to.value)]?.report;
          if (!a || !b) return;
          const answer = await client.ask({ kind: 'diff', from: a, to: b, lang: options.lang });
          output.replaceChildren(el('h3', {}, text.compareTitle), el('pre', { class: 'zf-diff' }, answer));
        },
      },
      text.compareRun,
    );
    return [
      el('h2', { id: 'several' }, text.several),
      el('p', {}, el('label', {}, `${text.rollupAgency} `, agency), ' ', rollupButton),
      el('p', {}, `${text.from} `, from, ` ${text.to} `, to, ' ', compareButton),
      output,
    ];
  }

  function render(): void {
    list.replaceChildren(...inputs.map(inputView));
    combined.replaceChildren(...combinedView());
  }

  // --- the page ---

  const picker = el('input', {
    type: 'file',
    multiple: true,
    class: 'zf-file',
    accept: '.pdf,.docx,.html,.htm,.txt,.csv,.json',
    onchange: () => {
      if (picker.files) void addFiles(picker.files);
      picker.value = '';
    },
  });
  const drop = el(
    'div',
    {
      class: 'zf-drop',
      ondragover: (event: Event) => {
        event.preventDefault();
        drop.classList.add('zf-over');
      },
      ondragleave: () => drop.classList.remove('zf-over'),
      ondrop: (event: Event) => {
        event.preventDefault();
        drop.classList.remove('zf-over');
        const files = (event as DragEvent).dataTransfer?.files;
        if (files) void addFiles(files);
      },
    },
    el('p', {}, `${text.drop} `, el('label', { class: 'zf-pick' }, text.pick, picker)),
    el('p', { class: 'zf-muted' }, text.kinds),
    el('p', { class: 'zf-muted' }, text.private),
  );
  const pasted = el('textarea', { rows: 6, placeholder: text.pastePlaceholder, class: 'zf-paste' });
  const paste = el(
    'details',
    {},
    el('summary', {}, text.paste),
    pasted,
    el(
      'button',
      {
        type: 'button',
        'data-action': 'paste',
        onclick: () => {
          if (pasted.value.trim()) void add(text.pastedName, Promise.resolve(new TextEncoder().encode(pasted.value)));
        },
      },
      text.checkPasted,
    ),
  );
  // The renderer's styles for the reports (scoped to its .zfxxgk-report).
  root.replaceChildren(el('style', {}, REPORT_CSS), drop, paste, list, combined);
  return () => client.dispose();
}
