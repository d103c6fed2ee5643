/**
 * The checker, as a component of the page: mounted in the browser only (it reads files there),
 * and its code loaded only on the checker page.
 */
import { withBase } from 'vitepress';
import { defineComponent, h, onBeforeUnmount, onMounted, type PropType, ref } from 'vue';

export default defineComponent({
  name: 'Checker',
  props: { lang: { type: String as PropType<'zh' | 'en'>, default: 'zh' } },
  setup(props) {
    const root = ref<HTMLElement>();
    let dispose: (() => void) | undefined;
    let unmounted = false;
    onMounted(async () => {
      const { mountChecker } = await import('../checker/app.js');
      if (unmounted || !root.value) return;
      dispose = mountChecker(root.value, {
        lang: props.lang,
        rulesBase: withBase(props.lang === 'zh' ? '/rules/' : '/en/rules/'),
        siteBase: withBase('/'),
      });
      root.value.dataset.ready = 'true';
    });
    onBeforeUnmount(() => {
      unmounted = true;
      dispose?.();
    });
    return () => h('div', { ref: root, class: 'zf-checker' });
  },
});
