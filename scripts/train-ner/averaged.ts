/**
 * A weight vector of the averaged perceptron with lazy averaging: each weight keeps the
 * sum of its past values up to its last change, brought up to date when read.
 */
export class Averaged {
  readonly w: Float64Array;
  readonly #total: Float64Array;
  readonly #stamp: Int32Array;
  #time = 0;

  constructor(size: number) {
    this.w = new Float64Array(size);
    this.#total = new Float64Array(size);
    this.#stamp = new Int32Array(size);
  }

  /** One more example seen. */
  tick(): void {
    this.#time++;
  }

  add(i: number, delta: number): void {
    this.#total[i]! += (this.#time - this.#stamp[i]!) * this.w[i]!;
    this.#stamp[i] = this.#time;
    this.w[i]! += delta;
  }

  /** The average of each weight over all examples so far. */
  averaged(): Float64Array {
    const out = new Float64Array(this.w.length);
    const t = Math.max(1, this.#time);
    for (let i = 0; i < out.length; i++) out[i] = (this.#total[i]! + (this.#time - this.#stamp[i]!) * this.w[i]!) / t;
    return out;
  }
}
