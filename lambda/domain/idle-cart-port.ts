/**
 * The port that schedules one idle check per cart: every change of a cart moves its check to the
 * time the cart would count as left behind; the check, when it comes, looks whether the cart is
 * still at that version. EventBridge Scheduler in AWS, timers in the local stack.
 */

/** One cart's idle check: whose cart, at which version, and when. */
export interface IdleCheck {
  readonly customerId: string;
  readonly cartVersion: number;
  readonly at: Date;
}

/** Schedules and cancels idle checks. */
export interface IdleCheckScheduler {
  /** Creates this customer's check, or moves it to the new time and version. */
  schedule(check: IdleCheck): Promise<void>;
  /** Cancels it (the cart was emptied or ordered); nothing happens when there is none. */
  cancel(customerId: string): Promise<void>;
}
