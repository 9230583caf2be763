#include "Program.h"

int main(int argc, char *argv[])
{
    return meldpunt::Program::run(argc, argv);
}
