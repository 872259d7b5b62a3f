/**
 * A multi-class averaged perceptron (Collins 2002) over string features. `Perceptron` scores;
 * `PerceptronTrainer` learns with lazy averaging and exports a pruned `Perceptron`.
 */
export class Perceptron {
  readonly labels: readonly string[];
  readonly weights: ReadonlyMap<string, Float32Array>;
  readonly #scores: Float64Array;

  constructor(labels: readonly string[], weights: ReadonlyMap<string, Float32Array>) {
    this.labels = labels;
    this.weights = weights;
    this.#scores = new Float64Array(labels.length);
  }

  /** Scores of every label for the features (the array is reused between calls). */
  scores(...groups: readonly (readonly string[])[]): Float64Array {
    const s = this.#scores;
    s.fill(0);
    const L = s.length;
    for (const group of groups) {
      for (const f of group) {
        const w = this.weights.get(f);
        if (w === undefined) continue;
        for (let l = 0; l < L; l++) s[l] = (s[l] as number) + (w[l] as number);
      }
    }
    return s;
  }
}

export class PerceptronTrainer {
  readonly labels: readonly string[];
  readonly #ids = new Map<string, number>();
  #w = new Float64Array(0);
  #total = new Float64Array(0);
  #stamp = new Int32Array(0);
  #step = 0;
  readonly #scores: Float64Array;

  constructor(labels: readonly string[]) {
    this.labels = labels;
    this.#scores = new Float64Array(labels.length);
  }

  /** The id of feature `f`, created when new. */
  id(f: string): number {
    let id = this.#ids.get(f);
    if (id === undefined) {
      id = this.#ids.size;
      this.#ids.set(f, id);
      const need = (id + 1) * this.labels.length;
      if (need > this.#w.length) this.#grow(Math.max(need, this.#w.length * 2, 1024));
    }
    return id;
  }

  #grow(size: number): void {
    const w = new Float64Array(size);
    w.set(this.#w);
    const total = new Float64Array(size);
    total.set(this.#total);
    const stamp = new Int32Array(size);
    stamp.set(this.#stamp);
    this.#w = w;
    this.#total = total;
    this.#stamp = stamp;
  }

  scores(ids: readonly number[]): Float64Array {
    const s = this.#scores;
    s.fill(0);
    const L = s.length;
    for (const id of ids) {
      const base = id * L;
      for (let l = 0; l < L; l++) s[l] = (s[l] as number) + (this.#w[base + l] as number);
    }
    return s;
  }

  /** One perceptron step: reward the gold label, penalise the guess. */
  update(ids: readonly number[], gold: number, guess: number): void {
    this.#step++;
    if (gold === guess) return;
    const L = this.labels.length;
    for (const id of ids) {
      this.#bump(id * L + gold, 1);
      this.#bump(id * L + guess, -1);
    }
  }

  #bump(k: number, delta: number): void {
    this.#total[k] = (this.#total[k] as number) + (this.#step - (this.#stamp[k] as number)) * (this.#w[k] as number);
    this.#stamp[k] = this.#step;
    this.#w[k] = (this.#w[k] as number) + delta;
  }

  /** Averaged weights; features whose largest absolute weight is below `minWeight` are dropped. */
  average(minWeight: number): Perceptron {
    const L = this.labels.length;
    const weights = new Map<string, Float32Array>();
    for (const [f, id] of this.#ids) {
      const row = new Float32Array(L);
      let max = 0;
      for (let l = 0; l < L; l++) {
        const k = id * L + l;
        const total = (this.#total[k] as number) + (this.#step - (this.#stamp[k] as number)) * (this.#w[k] as number);
        const avg = total / Math.max(1, this.#step);
        row[l] = avg;
        max = Math.max(max, Math.abs(avg));
      }
      if (max >= minWeight) weights.set(f, row);
    }
    return new Perceptron(this.labels, weights);
  }
}
