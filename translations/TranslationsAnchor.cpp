// The .qm resources need a library to live in; this file gives it one symbol.
namespace dd {
int translationsAnchor = 0;
} // namespace dd
