import L from 'leaflet';

// Leaflet.markercluster extends the global `L` that a script tag would have made: give it the bundled Leaflet,
// before it is imported (imports run in order).
(globalThis as { L?: typeof L }).L = L;

export default L;
