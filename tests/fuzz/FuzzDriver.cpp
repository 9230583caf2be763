// Runs a fuzz target without libFuzzer: every seed the target offers, then deterministic
// mutations of them (bit flips, inserted bytes, cut and spliced inputs). A crash or a sanitizer
// report fails the test; the same run is repeatable from its seed.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
std::vector<std::string> fuzzSeeds();

int main(int argc, char *argv[])
{
    const long iterations = argc > 1 ? std::strtol(argv[1], nullptr, 10) : 1000;
    const std::vector<std::string> seeds = fuzzSeeds();
    std::mt19937 random(20261130);
    auto run = [](const std::string &input) {
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.data()), input.size());
    };
    for (const std::string &seed : seeds)
        run(seed);
    const std::string interesting[] = { "\n", "[", "]", ":", "\xe2\x80\xa2", "\xc3\xab", "\xf0\x9f\x99\x82",
                                        "\xd8\xa7", "\x00", "\xff", "%1", "#", "--", "-platform", " " };
    for (long i = 0; i < iterations; ++i) {
        std::string input = seeds[random() % seeds.size()];
        const int edits = 1 + int(random() % 8);
        for (int e = 0; e < edits; ++e) {
            const size_t at = input.empty() ? 0 : random() % (input.size() + 1);
            switch (random() % 5) {
            case 0:
                if (!input.empty() && at < input.size())
                    input[at] = char(input[at] ^ (1 << (random() % 8)));
                break;
            case 1:
                input.insert(at, interesting[random() % (sizeof interesting / sizeof *interesting)]);
                break;
            case 2:
                input.erase(at, random() % 16);
                break;
            case 3: {
                const std::string &other = seeds[random() % seeds.size()];
                const size_t from = other.empty() ? 0 : random() % other.size();
                input.insert(at, other.substr(from, random() % 64));
                break;
            }
            default:
                input.insert(at, std::string(random() % 300, char('a' + random() % 26)));
                break;
            }
        }
        run(input);
    }
    std::printf("%zu seeds and %ld mutations ran without a crash\n", seeds.size(), iterations);
    return 0;
}
