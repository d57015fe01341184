import type { ThemeConfig } from 'antd';

export const brandRed = '#b71c1c';
export const headerRed = '#8e1212';

/** A sober government look: deep red accents on white, Be Vietnam Pro for full Vietnamese glyphs. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: brandRed,
    colorLink: '#1f3a68',
    borderRadius: 6,
    fontFamily:
      "'Be Vietnam Pro', system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif",
    fontSize: 14,
  },
  components: {
    Layout: { headerBg: headerRed, headerPadding: '0 20px', siderBg: '#ffffff', bodyBg: '#f4f5f7' },
    Menu: { itemSelectedBg: '#fdecea', itemSelectedColor: brandRed },
  },
};
