// <ensemble-map>: a MapLibre GL map of the platform's vector-tile layers. The `layers` attribute (JSON, see
// MapLayer.java) lists them; the communes layer is the base, and an optional `basemap` style URL is drawn under
// them (the map stays usable offline: an unreachable basemap is skipped). Next to the map: a layer switcher
// made of real checkboxes and a legend of the visible layers. A click opens a popup listing the clicked
// features' attributes under their French labels, built as DOM text (never HTML from the data). With the
// `pick-point` attribute, a click places one marker instead and fires `point-picked` ({lon, lat}), unless it lands
// on a point of a GeoJSON layer (a layer with `geojson`, a path of the platform read instead of tiles), whose popup
// it opens.
import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';

const BASE_LAYER = 'communes';
const PADDING = 20;
const MAX_FEATURES_IN_POPUP = 3;
const OFFLINE_STYLE = {
  version: 8,
  sources: {},
  layers: [{ id: 'fond', type: 'background', paint: { 'background-color': '#f4f6f9' } }]
};
const FRENCH = {
  'AttributionControl.ToggleAttribution': 'Afficher ou masquer les sources',
  'AttributionControl.MapFeedback': 'Signaler une erreur sur la carte',
  'Map.Title': 'Carte',
  'Marker.Title': 'Repère',
  'NavigationControl.ResetBearing': 'Réorienter la carte vers le nord',
  'NavigationControl.ZoomIn': 'Zoomer',
  'NavigationControl.ZoomOut': 'Dézoomer',
  'Popup.Close': 'Fermer',
  'ScrollZoomBlocker.CtrlMessage': 'Utilisez Ctrl + molette pour zoomer',
  'ScrollZoomBlocker.CmdMessage': 'Utilisez ⌘ + molette pour zoomer',
  'TouchPanBlocker.Message': 'Utilisez deux doigts pour déplacer la carte'
};
const CSS = `
ensemble-map { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
.ensemble-map-panel { flex: 0 1 16rem; }
.ensemble-map-panel fieldset { margin: 0 0 1rem; padding: 0.5rem 0.75rem; border: 1px solid #5a6b7d; }
.ensemble-map-panel legend, .ensemble-map-legend-title { font-weight: bold; }
.ensemble-map-panel label { display: flex; align-items: center; gap: 0.5rem; padding: 0.25rem 0; cursor: pointer; }
.ensemble-map-panel input { width: 1.25rem; height: 1.25rem; margin: 0; }
.ensemble-map-legend-title { font-size: 1rem; margin: 0 0 0.25rem; }
.ensemble-map-legend { list-style: none; margin: 0; padding: 0; }
.ensemble-map-legend li { display: flex; align-items: center; gap: 0.5rem; padding: 0.15rem 0; }
.ensemble-map-swatch { flex: none; display: inline-block; width: 1rem; height: 1rem; box-sizing: border-box; }
.ensemble-map-swatch.polygon { border: 2px solid var(--swatch); background: color-mix(in srgb, var(--swatch) 30%, white); }
.ensemble-map-swatch.line { height: 0.25rem; background: var(--swatch); }
.ensemble-map-swatch.point, .ensemble-map-swatch.any { border-radius: 50%; background: var(--swatch); border: 2px solid white; outline: 1px solid var(--swatch); }
.ensemble-map-canvas { flex: 1 1 24rem; position: relative; min-height: 32rem; }
.ensemble-map-popup-feature + .ensemble-map-popup-feature { border-top: 1px solid #5a6b7d; margin-top: 0.5rem; padding-top: 0.5rem; }
.ensemble-map-popup-feature p { margin: 0; }
.ensemble-map-popup-feature dl { margin: 0.25rem 0 0; display: grid; grid-template-columns: auto 1fr; gap: 0.1rem 0.5rem; }
.ensemble-map-popup-feature dt { font-weight: bold; }
.ensemble-map-popup-feature dd { margin: 0; }
`;

/** polygon, line, point or any (a layer whose geometry type is not fixed). */
function kindOf(geometryType) {
  const type = (geometryType || '').toLowerCase();
  return ['polygon', 'line', 'point'].find((kind) => type.includes(kind)) || 'any';
}

/** The MapLibre style layers that draw one of our layers, fit for its geometry, in its colour. */
function styleLayers(layer) {
  const kind = kindOf(layer.geometryType);
  const common = { source: layer.id, layout: { visibility: layer.visible ? 'visible' : 'none' },
    ...(layer.geojson ? {} : { 'source-layer': layer.id }) };
  const only = (...types) => (kind === 'any' ? { filter: ['in', ['geometry-type'], ['literal', types]] } : {});
  const polygons = only('Polygon', 'MultiPolygon');
  const lines = only('LineString', 'MultiLineString');
  const points = only('Point', 'MultiPoint');
  const base = layer.id === BASE_LAYER;
  const drawn = [];
  if (kind === 'polygon' || kind === 'any') {
    drawn.push({ ...common, ...polygons, id: `${layer.id}-surface`, type: 'fill',
      paint: { 'fill-color': layer.colour, 'fill-opacity': base ? 0.12 : 0.3 } });
    drawn.push({ ...common, ...polygons, id: `${layer.id}-contour`, type: 'line',
      paint: { 'line-color': layer.colour, 'line-width': base ? 2 : 1.5 } });
  }
  if (kind === 'line' || kind === 'any') {
    drawn.push({ ...common, ...lines, id: `${layer.id}-ligne`, type: 'line',
      paint: { 'line-color': layer.colour, 'line-width': 3 } });
  }
  if (kind === 'point' || kind === 'any') {
    drawn.push({ ...common, ...points, id: `${layer.id}-points`, type: 'circle',
      paint: { 'circle-color': layer.colour, 'circle-radius': 6, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5 } });
  }
  return drawn;
}

/** The base first, then surfaces, lines and points, so that nothing hides what is drawn after it. */
function drawingOrder(layer) {
  return layer.id === BASE_LAYER ? -1 : ['polygon', 'any', 'line', 'point'].indexOf(kindOf(layer.geometryType));
}

function element(tag, properties = {}, ...children) {
  const created = Object.assign(document.createElement(tag), properties);
  created.append(...children);
  return created;
}

function swatch(layer) {
  const shown = element('span', { className: `ensemble-map-swatch ${kindOf(layer.geometryType)}` });
  shown.style.setProperty('--swatch', layer.colour);
  shown.setAttribute('aria-hidden', 'true');
  return shown;
}

function displayed(value) {
  if (typeof value === 'boolean') {
    return value ? 'oui' : 'non';
  }
  return typeof value === 'number' ? value.toLocaleString('fr-FR') : String(value);
}

function geoJsonUrl(layer) {
  return `${window.location.origin}/${layer.geojson.replace(/^\//, '')}`;
}

class EnsembleMap extends HTMLElement {
  connectedCallback() {
    if (!document.getElementById('ensemble-map-style')) {
      document.head.append(element('style', { id: 'ensemble-map-style', textContent: CSS }));
    }
    if (!this.canvas) {
      this.layers = JSON.parse(this.getAttribute('layers') || '[]').sort((a, b) => drawingOrder(a) - drawingOrder(b));
      this.layersById = Object.fromEntries(this.layers.map((layer) => [layer.id, layer]));
      this.canvas = element('div', { className: 'ensemble-map-canvas' });
      this.append(this.panel(), this.canvas);
    }
    // Created once the canvas has its size, kept to its size afterwards.
    this.resizeObserver = new ResizeObserver(() => {
      if (!this.map && !this.creating && this.canvas.clientWidth > 0) {
        this.createMap();
      }
      this.map?.resize();
    });
    this.resizeObserver.observe(this.canvas);
  }

  /** The layer switcher (one checkbox per layer, in the reading order of the legend) and the legend. */
  panel() {
    const switcher = element('fieldset', {}, element('legend', { textContent: 'Couches affichées' }));
    for (const layer of [...this.layers].reverse()) {
      const checkbox = element('input', { type: 'checkbox', value: layer.id, checked: layer.visible });
      checkbox.addEventListener('change', () => this.setLayerVisible(layer.id, checkbox.checked));
      switcher.append(element('label', {}, checkbox, swatch(layer), element('span', { textContent: layer.title })));
    }
    const titleId = `${this.id || 'ensemble-map'}-legende`;
    this.legend = element('ul', { className: 'ensemble-map-legend' });
    this.legend.setAttribute('aria-labelledby', titleId);
    this.renderLegend();
    return element('div', { className: 'ensemble-map-panel' }, switcher,
      element('p', { className: 'ensemble-map-legend-title', id: titleId, textContent: 'Légende' }), this.legend);
  }

  renderLegend() {
    const visible = [...this.layers].reverse().filter((layer) => layer.visible);
    this.legend.replaceChildren(...(visible.length
      ? visible.map((layer) => element('li', {}, swatch(layer), element('span', { textContent: layer.title })))
      : [element('li', { textContent: 'Aucune couche affichée' })]));
  }

  setLayerVisible(id, visible) {
    const layer = this.layersById[id];
    layer.visible = visible;
    if (this.drawn) {
      styleLayers(layer).forEach((drawn) => this.map.setLayoutProperty(drawn.id, 'visibility', visible ? 'visible' : 'none'));
    }
    this.renderLegend();
  }

  async createMap() {
    this.creating = true;
    const basemap = this.getAttribute('basemap');
    const style = basemap ? await fetch(basemap).then((answer) => answer.json()).catch(() => OFFLINE_STYLE) : OFFLINE_STYLE;
    this.creating = false;
    if (!this.isConnected) {
      return;
    }
    const container = element('div');
    Object.assign(container.style, { position: 'absolute', inset: '0' });
    this.canvas.append(container);
    const attributions = [...new Set(this.layers.map((layer) => layer.attribution).filter(Boolean))];
    this.map = new maplibregl.Map({
      container,
      style,
      locale: FRENCH,
      bounds: JSON.parse(this.getAttribute('bounds')),
      fitBoundsOptions: { padding: PADDING },
      attributionControl: { compact: false, customAttribution: attributions }
    });
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }));
    this.map.on('load', () => {
      for (const layer of this.layers) {
        this.map.addSource(layer.id, layer.geojson ? { type: 'geojson', data: geoJsonUrl(layer) }
          : { type: 'vector', minzoom: 0, maxzoom: 22, tiles: [`${window.location.origin}/tiles/${layer.id}/{z}/{x}/{y}.mvt`] });
        styleLayers(layer).forEach((drawn) => this.map.addLayer(drawn));
      }
      this.drawn = true;
      const clickable = this.layers.flatMap((layer) => styleLayers(layer).map((drawn) => drawn.id)
        .filter((id) => !id.endsWith('-contour')));
      if (this.hasAttribute('pick-point')) {
        // Choosing a place: a click moves the one marker there and tells the server; no popups.
        const points = this.layers.filter((layer) => layer.geojson).flatMap((layer) => styleLayers(layer).map((drawn) => drawn.id));
        this.map.on('click', (event) => {
          const onPoints = points.length ? this.map.queryRenderedFeatures(event.point, { layers: points }) : [];
          if (onPoints.length) {
            this.showPopup(event.lngLat, onPoints);
            return;
          }
          this.showPoint(event.lngLat.lng, event.lngLat.lat);
          this.dispatchEvent(new CustomEvent('point-picked', { detail: { lon: event.lngLat.lng, lat: event.lngLat.lat } }));
        });
      } else {
        this.map.on('click', (event) => this.showPopup(event.lngLat, this.map.queryRenderedFeatures(event.point, { layers: clickable })));
      }
      this.map.on('mousemove', (event) => {
        this.map.getCanvas().style.cursor = this.map.queryRenderedFeatures(event.point, { layers: clickable }).length ? 'pointer' : '';
      });
      if (this.pendingPoint) {
        this.showPoint(...this.pendingPoint);
      }
      this.setAttribute('data-loaded', 'true');
    });
  }

  /** A popup listing the topmost features under the click (points before the surfaces they sit on). */
  showPopup(lngLat, features) {
    const seen = new Set();
    const shown = features.filter((feature) => {
      const key = `${feature.source}/${feature.id ?? JSON.stringify(feature.properties)}`;
      return !seen.has(key) && seen.add(key);
    }).slice(0, MAX_FEATURES_IN_POPUP);
    if (!shown.length) {
      return;
    }
    const content = element('div', { className: 'ensemble-map-popup' });
    for (const feature of shown) {
      const layer = this.layersById[feature.source];
      const list = element('dl');
      for (const attribute of layer.attributes) {
        const value = feature.properties[attribute.name];
        if (value !== undefined && value !== null && value !== '') {
          list.append(element('dt', { textContent: attribute.label }), element('dd', { textContent: displayed(value) }));
        }
      }
      const name = layer.labelField ? feature.properties[layer.labelField] : undefined;
      content.append(element('div', { className: 'ensemble-map-popup-feature' },
        element('p', {}, element('strong', { textContent: name !== undefined ? displayed(name) : layer.title })),
        element('p', { textContent: layer.title }), list));
    }
    this.popup?.remove();
    this.popup = new maplibregl.Popup({ maxWidth: '22rem' }).setLngLat(lngLat).setDOMContent(content).addTo(this.map);
  }

  /** Shows the chosen place's marker (null coordinates remove it). */
  showPoint(lon, lat) {
    this.pointMarker?.remove();
    this.pointMarker = undefined;
    this.pendingPoint = lon === null || lat === null ? undefined : [lon, lat];
    if (!this.pendingPoint || !this.map) {
      return; // shown once the map exists
    }
    this.pointMarker = new maplibregl.Marker({ color: '#000091' }).setLngLat([lon, lat]).addTo(this.map);
  }

  /** Reads a GeoJSON layer's points again. */
  reloadGeoJson(id) {
    this.map?.getSource(id)?.setData(`${geoJsonUrl(this.layersById[id])}?lu=${Date.now()}`);
  }

  /** Fits the map to bounds given as JSON: [[west, south], [east, north]]. */
  zoomTo(boundsJson) {
    this.setAttribute('bounds', boundsJson);
    if (this.map) {
      this.map.fitBounds(JSON.parse(boundsJson), { padding: PADDING });
    }
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
    this.map?.remove();
    this.map = undefined;
    this.canvas.replaceChildren();
    this.drawn = false;
  }
}

customElements.define('ensemble-map', EnsembleMap);
