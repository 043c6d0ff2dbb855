import { shiftNoteRefs, shiftNoteShapes } from '../../../src/cli/package/patch-notes';

const moved = { top: 1, bottom: 4, left: 7, right: Number.MAX_SAFE_INTEGER };

describe('notes move with their cells', () => {
  it('shifts the refs of comments inside the moved block only', () => {
    const xml = '<comments><commentList><comment ref="G2" authorId="0"/><comment ref="G5" authorId="0"/><comment ref="F2" authorId="0"/><comment ref="AA3"/></commentList></comments>';
    expect(shiftNoteRefs(xml, moved, 10)).toBe('<comments><commentList><comment ref="Q2" authorId="0"/><comment ref="G5" authorId="0"/><comment ref="F2" authorId="0"/><comment ref="AK3"/></commentList></comments>');
  });

  it('shifts threaded comments the same way', () => {
    expect(shiftNoteRefs('<ThreadedComments><threadedComment ref="H1" id="{1}"/></ThreadedComments>', moved, 2)).toBe('<ThreadedComments><threadedComment ref="J1" id="{1}"/></ThreadedComments>');
  });

  it('moves the VML shape of a moved note (column and anchor), and leaves others', () => {
    const shape = (row: number, col: number) =>
      `<v:shape><x:ClientData ObjectType="Note"><x:Anchor>${col + 1}, 15, ${row}, 10, ${col + 3}, 15, ${row + 4}, 4</x:Anchor><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`;
    const vml = `<xml>${shape(1, 6)}${shape(1, 5)}${shape(6, 6)}</xml>`;
    const out = shiftNoteShapes(vml, moved, 10);
    expect(out).toBe(`<xml>${shape(1, 6).replace('<x:Column>6<', '<x:Column>16<').replace('7, 15, 1, 10, 9,', '17, 15, 1, 10, 19,')}${shape(1, 5)}${shape(6, 6)}</xml>`);
  });
});
