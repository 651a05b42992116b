/**
 * The countries of a Natural Earth topology as GeoJSON features, simplified once per topology
 * and detail (Visvalingam on the shared arcs, so neighbouring borders stay identical).
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** The topology shape world-atlas ships: one `countries` collection keyed by ISO numeric id. */
export type WorldTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

export type CountryFeature = Feature<Geometry, { name: string }>;

const featureCache = new WeakMap<WorldTopology, Map<number, CountryFeature[]>>();

/** GeoJSON features of the topology simplified to `minVertexWeight`, converted once per topology and weight. */
export function countryFeatures(topology: WorldTopology, minVertexWeight: number): CountryFeature[] {
  let byWeight = featureCache.get(topology);
  if (!byWeight) {
    byWeight = new Map();
    featureCache.set(topology, byWeight);
  }
  let features = byWeight.get(minVertexWeight);
  if (!features) {
    // presimplify adds weights to a copy; the caller's topology is left as it was.
    const simplified = simplify(presimplify(topology), minVertexWeight) as WorldTopology;
    features = (feature(simplified, simplified.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
    byWeight.set(minVertexWeight, features);
  }
  return features;
}
