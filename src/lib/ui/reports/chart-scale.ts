import { scaleBand, scaleLinear, scalePoint } from 'd3-scale';

/**
 * The scales of the report charts, in one place: the charts share a width, a value axis that
 * starts at zero and category axes laid out the same way (d3-scale does the arithmetic).
 */

/** The drawing width of every report chart (its viewBox; the page scales it). */
export const CHART_WIDTH = 640;

/** A value axis from 0 to `max` (at least 1, so an empty report draws no NaN) over `from`–`to`. */
export function valueScale(max: number, from: number, to: number) {
	return scaleLinear()
		.domain([0, Math.max(1, max)])
		.range([from, to]);
}

/** One band per key (bars), `padding` of the band left between neighbours. */
export function bandScale(keys: readonly string[], from: number, to: number, padding = 0.2) {
	return scaleBand<string>().domain(keys).range([from, to]).paddingInner(padding);
}

/** One point per key (a line's markers), the first at `from` and the last at `to`. */
export function pointScale(keys: readonly string[], from: number, to: number) {
	return scalePoint<string>().domain(keys).range([from, to]);
}
