/** The AbortControllers of requests that a caller named, so that `app:cancel` can reach them. */
export class InFlightRequests {
  private readonly controllers = new Map<string, AbortController>();

  begin(requestId: string | undefined): AbortController {
    const controller = new AbortController();
    if (requestId) {
      this.controllers.get(requestId)?.abort();
      this.controllers.set(requestId, controller);
    }
    return controller;
  }

  end(requestId: string | undefined, controller: AbortController): void {
    if (requestId && this.controllers.get(requestId) === controller) this.controllers.delete(requestId);
  }

  cancel(requestId: string): boolean {
    const controller = this.controllers.get(requestId);
    if (!controller) return false;
    controller.abort();
    this.controllers.delete(requestId);
    return true;
  }

  get size(): number {
    return this.controllers.size;
  }
}
