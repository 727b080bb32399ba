// Catches a rendering error in one screen so the app shows a way out instead of a blank window; data stays saved.
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props { children: ReactNode; title: string; body: string; retry: string; resetKey: string }
interface State { error: Error | null }

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Swanilai screen error', error, info.componentStack);
  }

  override componentDidUpdate(prev: Props): void {
    // Moving to another screen gives the new screen a fresh start.
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="empty" role="alert">
        <h1>{this.props.title}</h1>
        <p>{this.props.body}</p>
        <p className="hint"><code>{this.state.error.message}</code></p>
        <button className="btn" onClick={() => window.location.reload()}>{this.props.retry}</button>
      </section>
    );
  }
}
