import * as echarts from 'echarts';

/**
 * <news-echart>: draws an Apache ECharts option sent from Java as a JSON string.
 * Fires `chart-click` with {seriesName, name, dataIndex, value} when a data point is clicked.
 * No business logic lives here: Java builds the whole option.
 */
class NewsEChart extends HTMLElement {
  private chart?: echarts.ECharts;
  private observer?: ResizeObserver;
  private pending?: echarts.EChartsOption;

  set option(value: string | echarts.EChartsOption) {
    const parsed: echarts.EChartsOption = typeof value === 'string' ? JSON.parse(value) : value;
    if (this.chart) {
      this.chart.setOption(parsed, true);
    } else {
      this.pending = parsed;
    }
  }

  /** The option currently drawn, for tests and export. */
  get currentOption(): unknown {
    return this.chart?.getOption();
  }

  connectedCallback() {
    if (!this.style.display) {
      this.style.display = 'block';
    }
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
    if (this.pending) {
      this.chart.setOption(this.pending, true);
      this.pending = undefined;
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
