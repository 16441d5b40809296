import { geoMercator } from 'd3-geo';
it('loads d3-geo', () => { expect(typeof geoMercator().scale(100)([0, 0])![0]).toBe('number'); });
