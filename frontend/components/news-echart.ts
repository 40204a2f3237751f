import * as echarts from 'echarts';

/**
 * <news-echart>: draws an Apache ECharts option sent from Java as a JSON string.
 * Fires `chart-click` with {seriesName, name, dataIndex, value} when a data point is clicked.
 * No business logic lives here: Java builds the whole option.
 */
class NewsEChart extends HTMLElement {
  /** The ECharts instance while the element is in the page. */
  chart?: echarts.ECharts;
  private observer?: ResizeObserver;
  private latest?: echarts.EChartsOption;

  get option(): string {
    return JSON.stringify(this.latest ?? {});
  }

  set option(value: string | echarts.EChartsOption) {
    this.latest = typeof value === 'string' ? JSON.parse(value) : value;
    if (this.chart && this.latest) {
      this.chart.setOption(this.latest, true);
    }
  }

  /** The option currently drawn, for tests and export. */
  get currentOption(): unknown {
    return this.chart?.getOption();
  }

  connectedCallback() {
    // Flow may set `option` before this element is upgraded; that value then shadows the accessor.
    if (Object.prototype.hasOwnProperty.call(this, 'option')) {
      const early = (this as any).option;
      delete (this as any).option;
      this.option = early;
    }
    if (!this.style.display) {
      this.style.display = 'block';
    }
    // The element may be detached and attached again: each attachment draws the latest option anew.
    this.chart = echarts.init(this, undefined, { renderer: 'canvas' });
    this.chart.on('click', (params: any) => {
      this.dispatchEvent(new CustomEvent('chart-click', {
        detail: {
          seriesName: params.seriesName ?? '',
          name: String(params.name ?? ''),
          dataIndex: params.dataIndex ?? -1,
          value: JSON.stringify(params.value ?? null),
        },
      }));
    });
    if (this.latest) {
      this.chart.setOption(this.latest, true);
    }
    this.observer = new ResizeObserver(() => this.chart?.resize());
    this.observer.observe(this);
  }

  disconnectedCallback() {
    this.observer?.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  /** Saves the chart as a PNG file with a white background. */
  downloadPng(fileName: string) {
    if (!this.chart) {
      return;
    }
    const url = this.chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
  }
}

customElements.define('news-echart', NewsEChart);
