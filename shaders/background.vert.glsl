// Full-screen triangle from gl_VertexID (no vertex buffer). The platform prepends the
// #version line ("#version 300 es" on WebGL 2, "#version 130" on desktop GL 3).
out vec2 v_uv;
void main() {
  vec2 corner = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));
  v_uv = corner;
  gl_Position = vec4(corner * 2.0 - 1.0, 0.0, 1.0);
}
