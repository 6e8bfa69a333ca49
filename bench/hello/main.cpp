// The bare Dear ImGui + SDL2 + WebGL2 page: the floor of our stack, measured beside the app by
// bench/startup.mjs. Same toolchain, same `imgui` target, same link options; the default font only.
#include <SDL.h>
#include <SDL_opengles2.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl2.h>

namespace {

SDL_Window* g_window = nullptr;
bool g_reported = false;

void frame() {
  SDL_Event event;
  while (SDL_PollEvent(&event)) ImGui_ImplSDL2_ProcessEvent(&event);

  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
  ImGui::Begin("Hello");
  ImGui::TextUnformatted("Hello, Dear ImGui on WebGL2.");
  ImGui::End();
  ImGui::Render();

  const ImGuiIO& io = ImGui::GetIO();
  glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
             static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
  glClearColor(0.12f, 0.12f, 0.14f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  SDL_GL_SwapWindow(g_window);

  // Same contract as the app's window.rectify: the moment the first full frame was handed over.
  if (!g_reported) {
    g_reported = true;
    // (Built by assignment: a comma inside EM_ASM's braces would split the macro's arguments.)
    EM_ASM({
      performance.mark('hello:first-frame');
      var h = {};
      h.ready = true;
      h.firstFrameMs = performance.now();
      window.hello = h;
    });
  }
}

}  // namespace

int main() {
  EM_ASM(performance.mark('hello:main'));  // the same phase marks as the app's (platform::mark)
  if (SDL_Init(SDL_INIT_VIDEO) != 0) return 1;
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);

  // Fill the page like the app does, so both render the same number of pixels.
  const int width = EM_ASM_INT({ return window.innerWidth; });
  const int height = EM_ASM_INT({ return window.innerHeight; });
  g_window = SDL_CreateWindow("hello", SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, width, height,
                              SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE);
  if (!g_window) return 1;
  SDL_GLContext gl = SDL_GL_CreateContext(g_window);
  if (!gl) return 1;

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;  // nothing to persist; keeps runs identical
  ImGui_ImplSDL2_InitForOpenGL(g_window, gl);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  EM_ASM(performance.mark('hello:gl-imgui'));

  emscripten_set_main_loop(frame, 0, false);
  return 0;
}
