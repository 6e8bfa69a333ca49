# Project-wide warnings for our own targets (not third-party sources).
function(rectify_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wno-unused-parameter)
endfunction()
