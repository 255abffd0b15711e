// The page background behind the ImGui windows: a soft vertical gradient between two
// theme colours with a faint vignette, dithered so 8-bit output shows no banding (the
// kind of smooth shading ImDrawList's per-vertex colours do badly on large areas).
#ifdef GL_ES
precision mediump float;
#endif
uniform vec4 u_top;      // colour at the top edge
uniform vec4 u_bottom;   // colour at the bottom edge
in vec2 v_uv;
out vec4 frag_color;

float Hash(vec2 p) { return fract(sin(dot(p, vec2(12.9898, 78.233))) * 43758.5453); }

void main() {
  vec3 color = mix(u_bottom.rgb, u_top.rgb, smoothstep(0.0, 1.0, v_uv.y));
  float d = distance(v_uv, vec2(0.5, 0.65));
  color *= 1.0 - 0.06 * d * d;
  color += (Hash(gl_FragCoord.xy) - 0.5) / 255.0;
  frag_color = vec4(color, 1.0);
}
