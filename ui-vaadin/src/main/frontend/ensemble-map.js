// <ensemble-map>: a MapLibre GL map of one of the platform's vector-tile layers, with no outside basemap
// (the communes are the base), a popup with the clicked feature's name, keyboard and zoom controls.
import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';

class EnsembleMap extends HTMLElement {
  connectedCallback() {
    // Created once the element has its size, kept to its size afterwards.
    this.resizeObserver = new ResizeObserver(() => {
      if (!this.map && this.clientWidth > 0) {
        this.createMap();
      }
      this.map?.resize();
    });
    this.resizeObserver.observe(this);
  }

  createMap() {
    const layer = this.getAttribute('layer');
    const bounds = JSON.parse(this.getAttribute('bounds'));
    const color = this.getAttribute('color') || '#1d4e89';
    const container = document.createElement('div');
    container.style.position = 'absolute';
    container.style.inset = '0';
    this.appendChild(container);
    this.map = new maplibregl.Map({
      container,
      bounds,
      fitBoundsOptions: { padding: 20 },
      attributionControl: { compact: false, customAttribution: this.getAttribute('attribution') || '' },
      style: {
        version: 8,
        sources: {
          [layer]: { type: 'vector', tiles: [`${window.location.origin}/tiles/${layer}/{z}/{x}/{y}.mvt`], minzoom: 0, maxzoom: 22 }
        },
        layers: [
          { id: 'fond', type: 'background', paint: { 'background-color': '#f4f6f9' } },
          { id: `${layer}-surface`, type: 'fill', source: layer, 'source-layer': layer,
            paint: { 'fill-color': color, 'fill-opacity': 0.15 } },
          { id: `${layer}-contour`, type: 'line', source: layer, 'source-layer': layer,
            paint: { 'line-color': color, 'line-width': 2 } }
        ]
      }
    });
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }));
    this.map.on('click', `${layer}-surface`, (event) => {
      const properties = event.features[0].properties;
      new maplibregl.Popup().setLngLat(event.lngLat).setText(properties.nom || properties.name || '').addTo(this.map);
    });
    this.map.on('load', () => this.setAttribute('data-loaded', 'true'));
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
    this.map?.remove();
    this.map = undefined;
  }
}

customElements.define('ensemble-map', EnsembleMap);
