// The image resources need a library to live in; this file gives it one symbol.
namespace dd {
int resourcesAnchor = 0;
} // namespace dd
