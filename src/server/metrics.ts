/**
 * Prometheus counters: requests by method, route PATTERN and status, and verdicts. Nothing that
 * came from a request (no path, no input, no address) can become a label.
 */
export class Metrics {
  // route → method → status → count: no string is built per request.
  private readonly requests = new Map<string, Map<string, Map<number, number>>>();
  private readonly verdicts = new Map<string, number>();
  private internal = 0;
  private readonly started = Date.now();

  request(method: string, route: string, status: number): void {
    let byMethod = this.requests.get(route);
    if (!byMethod) this.requests.set(route, (byMethod = new Map()));
    let byStatus = byMethod.get(method);
    if (!byStatus) byMethod.set(method, (byStatus = new Map()));
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
  }

  verdict(v: string): void {
    this.verdicts.set(v, (this.verdicts.get(v) ?? 0) + 1);
  }

  internalError(): void {
    this.internal++;
  }

  render(): string {
    const lines = ['# HELP warncheck_requests_total Requests by route pattern and status.', '# TYPE warncheck_requests_total counter'];
    for (const [route, byMethod] of this.requests) {
      for (const [method, byStatus] of byMethod) {
        for (const [status, n] of byStatus) lines.push(`warncheck_requests_total{method="${method}",route="${route}",status="${status}"} ${n}`);
      }
    }
    lines.push('# HELP warncheck_verdicts_total Overall verdicts given.', '# TYPE warncheck_verdicts_total counter');
    for (const [v, n] of this.verdicts) lines.push(`warncheck_verdicts_total{verdict="${v}"} ${n}`);
    lines.push('# TYPE warncheck_internal_errors_total counter', `warncheck_internal_errors_total ${this.internal}`);
    lines.push('# TYPE warncheck_uptime_seconds gauge', `warncheck_uptime_seconds ${Math.round((Date.now() - this.started) / 1000)}`);
    return `${lines.join('\n')}\n`;
  }
}
