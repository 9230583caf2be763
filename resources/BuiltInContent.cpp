// The resources of this library (content, styles, icons, translations) are linked in through
// the object library that qt_add_resources makes; this file only gives the library a source.
namespace meldpunt {
int builtInContentVersion()
{
    return 1;
}
} // namespace meldpunt
